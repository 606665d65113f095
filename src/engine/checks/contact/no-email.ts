/** Email is how recruiters reply and how ATS de-duplicate applicants; without one the application can be unanswerable. */
import type { Check } from '../types.js';
import { topOfPageOne } from './absent-field.js';

export const noEmail: Check = {
  id: 'contact.no-email',
  category: 'contact',
  severity: 'warning',
  weight: 15,
  appliesTo: {},
  codes: ['contact.no-email'],
  run({ resume, layout }) {
    if (resume.contact.emails.length > 0) return [];
    return [{ code: 'contact.no-email', evidence: topOfPageOne(layout) }];
  },
};
