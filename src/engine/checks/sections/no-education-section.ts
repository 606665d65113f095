/**
 * No education section. Many ATS filter on degree level; without an education section the
 * resume fails "Bachelor's required" filters even when the person has one.
 */
import type { Check } from '../types.js';
import { hasSection } from './has-section.js';
import { HEADING_LANGUAGES } from './languages.js';

export const noEducationSection: Check = {
  id: 'sections.no-education-section',
  category: 'sections',
  severity: 'warning',
  weight: 10,
  appliesTo: { languages: HEADING_LANGUAGES },
  codes: ['sections.no-education-section'],
  run({ resume }) {
    return hasSection(resume, 'education') ? [] : [{ code: 'sections.no-education-section' }];
  },
};
