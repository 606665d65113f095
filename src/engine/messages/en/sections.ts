import { count, plural, quoteList, text } from '../params.js';
import type { MessageCatalog } from '../types.js';

export const sectionsMessages: MessageCatalog = {
  'sections.no-experience-section': {
    title: 'No experience section',
    why: 'ATS read job titles, employers and dates from a section with a standard heading such as “Experience”; without one, your work history is invisible to them.',
    message: () => 'We could not find a work experience section.',
    fix: () =>
      'Add a section headed “Experience” (or “Work Experience”) listing each position with its title, employer, dates and a few bullet points.',
  },
  'sections.student-without-experience': {
    title: 'No experience section yet',
    why: 'Students are not expected to have a work history, but internships, projects, tutoring or volunteering under an “Experience” heading give an ATS titles and dates to match.',
    message: (p) =>
      p.hasProjects === true
        ? 'You have no experience section; your projects are the closest thing to one.'
        : 'You have no experience section, which is normal while studying.',
    fix: () =>
      'If you have done internships, part-time jobs, tutoring or volunteer work, list them under “Experience” with dates and one or two bullets each.',
  },
  'sections.no-education-section': {
    title: 'No education section',
    why: 'Many ATS filter candidates by degree; without an education section you fail “degree required” filters even if you have one.',
    message: () => 'We could not find an education section.',
    fix: () =>
      'Add a section headed “Education” with each degree, institution and graduation year (or your highest school qualification).',
  },
  'sections.no-skills-section': {
    title: 'No skills section',
    why: 'ATS keyword searches weigh a skills list heavily, and recruiters scan it first; skills mentioned only inside bullets are easy to miss.',
    message: () => 'We could not find a skills section.',
    fix: () =>
      'Add a section headed “Skills” listing the tools, technologies and methods you use, in the words job ads use.',
  },
  'sections.misspelled-heading': {
    title: 'Misspelled section heading',
    why: 'ATS match headings against fixed lists; a misspelled heading is not recognised and its content may be lost.',
    message: (p) =>
      `The heading “${text(p, 'heading')}” looks like a misspelling of “${text(p, 'suggestion')}”.`,
    fix: (p) => `Rename the heading to “${text(p, 'suggestion')}”.`,
  },
  'sections.creative-heading': {
    title: 'Non-standard section heading',
    why: 'ATS map sections by standard headings; creative headings are filed under “other” or skipped, and the content with them.',
    message: (p) =>
      `The heading “${text(p, 'heading')}” is not one an ATS recognises; what follows it belongs under “${text(p, 'suggestion')}”.`,
    fix: (p) => `Rename the heading to “${text(p, 'suggestion')}”.`,
  },
  'sections.headings-not-distinct': {
    title: 'Headings look like body text',
    why: 'ATS and readers find sections by headings that stand out; headings in the same size and weight as the text around them are easily read as ordinary lines.',
    message: (p) =>
      `${plural(count(p, 'plain'), 'heading')} (${quoteList(p, 'headings')}) use the same size and weight as the body text.`,
    fix: () =>
      'Make every section heading stand out: bold, a larger size or capitals, or Word’s “Heading” styles.',
  },
  'sections.no-bullets-in-experience': {
    title: 'No bullet points in experience',
    why: 'ATS split bullets into separate achievements and recruiters skim them; paragraphs are read as one block or not at all.',
    message: (p) => `None of your ${plural(count(p, 'positions'), 'position')} uses bullet points.`,
    fix: () =>
      'Under each position, list three to five achievements as bullet points, each starting with a verb and, where you can, a result in numbers.',
  },
  'sections.education-before-experience': {
    title: 'Education before experience',
    why: 'Recruiters read from the top and give the first section the most attention; after several years of work, experience is what they look for first.',
    message: (p) =>
      `Education comes before experience, though you have about ${plural(count(p, 'years'), 'year')} of work experience.`,
    fix: () =>
      'Move the Experience section above Education, unless your field (academia, medicine) expects degrees first.',
  },
};
