/** Recruiters phone shortlisted candidates; many ATS require a number to create a profile. */
import type { Check } from '../types.js';
import { topOfPageOne } from './absent-field.js';

export const noPhone: Check = {
  id: 'contact.no-phone',
  category: 'contact',
  severity: 'warning',
  weight: 8,
  appliesTo: {},
  codes: ['contact.no-phone'],
  run({ resume, layout }) {
    if (resume.contact.phones.length > 0) return [];
    return [{ code: 'contact.no-phone', evidence: topOfPageOne(layout) }];
  },
};
