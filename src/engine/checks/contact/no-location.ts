/** ATS filter candidates by location and distance; without a city they may drop the resume from local searches. */
import type { Check } from '../types.js';
import { topOfPageOne } from './absent-field.js';

export const noLocation: Check = {
  id: 'contact.no-location',
  category: 'contact',
  severity: 'warning',
  weight: 5,
  appliesTo: {},
  codes: ['contact.no-location'],
  run({ resume, layout }) {
    if (resume.contact.location) return [];
    return [{ code: 'contact.no-location', evidence: topOfPageOne(layout) }];
  },
};
