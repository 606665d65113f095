/** `LayoutDocument` in, `Resume` out: sections first, then each section kind's own parser. */
import type { LayoutDocument, Line } from '../model/layout.js';
import type { Resume, SectionKind } from '../model/resume.js';
import { parseContact } from './contact.js';
import { parseEducation } from './education.js';
import { parseGenericEntries } from './entries.js';
import { parseExperienceSection } from './experience.js';
import { detectLanguage } from './language.js';
import { parseLanguages } from './languages.js';
import { splitSections, type SectionBlock } from './sections.js';
import { parseSkills } from './skills.js';
import { cleanText, stripBullet } from './text.js';

export { detectLanguage } from './language.js';
export { findDates, formatDate } from './dates.js';

export function parseResume(layout: LayoutDocument): Resume {
  const language = detectLanguage(layout.lines.map((l) => l.text).join('\n'));
  const split = splitSections(layout);
  const linesOf = (kind: SectionKind): Line[] =>
    ([] as Line[]).concat(
      ...split.blocks.filter((b: SectionBlock) => b.section.kind === kind).map((b) => b.lines),
    );
  const summaryLines = linesOf('summary');
  const experience = parseExperienceSection(linesOf('experience'), {
    hasListInfo: layout.format !== 'doc',
  });
  return {
    contact: parseContact(split, language, layout.bodyFontSize),
    sections: split.blocks.map((b) => b.section),
    experience: experience.experience,
    education: parseEducation(linesOf('education')),
    skills: parseSkills(linesOf('skills')),
    projects: [
      ...parseGenericEntries(linesOf('projects')),
      ...parseGenericEntries(experience.projectLines),
    ],
    certifications: parseGenericEntries(linesOf('certifications')),
    publications: parseGenericEntries(linesOf('publications')),
    awards: parseGenericEntries(linesOf('awards')),
    volunteering: parseGenericEntries(linesOf('volunteering')),
    languages: parseLanguages(linesOf('languages')),
    summary:
      summaryLines.length > 0
        ? summaryLines.map((l) => stripBullet(cleanText(l.text))).join(' ')
        : null,
    language,
  };
}
