/** An ATS files the resume under the name it reads at the top; without one, a recruiter cannot find or address you. */
import type { Check } from '../types.js';
import { topOfPageOne } from './absent-field.js';

export const noName: Check = {
  id: 'contact.no-name',
  category: 'contact',
  severity: 'warning',
  weight: 10,
  appliesTo: {},
  codes: ['contact.no-name'],
  run({ resume, layout }) {
    if (resume.contact.name) return [];
    return [{ code: 'contact.no-name', evidence: topOfPageOne(layout) }];
  },
};
