/**
 * A student or recent graduate with no experience section. Normal at that stage, so only a tip:
 * internships, projects, teaching or volunteer work under an "Experience" heading still give an
 * ATS titles and dates to match.
 */
import type { Check } from '../types.js';
import { careerStage } from './career-stage.js';
import { hasSection } from './has-section.js';
import { HEADING_LANGUAGES } from './languages.js';

export const studentWithoutExperience: Check = {
  id: 'sections.student-without-experience',
  category: 'sections',
  severity: 'tip',
  appliesTo: { languages: HEADING_LANGUAGES },
  codes: ['sections.student-without-experience'],
  run({ resume, now }) {
    if (hasSection(resume, 'experience') || !careerStage(resume, now).isStudent) return [];
    const hasProjects = resume.sections.some((s) => s.kind === 'projects');
    return [{ code: 'sections.student-without-experience', params: { hasProjects } }];
  },
};
