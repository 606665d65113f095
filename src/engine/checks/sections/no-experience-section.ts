/**
 * No work experience section. ATS map positions from a section with a standard heading; without
 * one the resume has no job titles, employers or years to match. Students and recent graduates
 * get `sections.student-without-experience`, a tip, instead: no work history is normal for them.
 */
import type { Check } from '../types.js';
import { careerStage } from './career-stage.js';
import { hasSection } from './has-section.js';
import { HEADING_LANGUAGES } from './languages.js';

export const noExperienceSection: Check = {
  id: 'sections.no-experience-section',
  category: 'sections',
  severity: 'warning',
  weight: 15,
  appliesTo: { languages: HEADING_LANGUAGES },
  codes: ['sections.no-experience-section'],
  run({ resume, now }) {
    if (hasSection(resume, 'experience') || careerStage(resume, now).isStudent) return [];
    return [{ code: 'sections.no-experience-section', params: {} }];
  },
};
