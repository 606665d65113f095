/**
 * No skills section. ATS keyword searches weigh a skills list heavily, and recruiters scan it
 * first; skills only mentioned inside bullets are easy to miss.
 */
import type { Check } from '../types.js';
import { hasSection } from './has-section.js';
import { HEADING_LANGUAGES } from './languages.js';

export const noSkillsSection: Check = {
  id: 'sections.no-skills-section',
  category: 'sections',
  severity: 'warning',
  weight: 8,
  appliesTo: { languages: HEADING_LANGUAGES },
  codes: ['sections.no-skills-section'],
  run({ resume }) {
    return hasSection(resume, 'skills') ? [] : [{ code: 'sections.no-skills-section' }];
  },
};
