/**
 * A date of birth (or age) on an English-language resume invites age discrimination and is not
 * expected by US, UK or Canadian employers; it is also personal data an ATS keeps for years.
 */
import type { Check } from '../types.js';
import { detectDateOfBirth } from './support/date-of-birth-detect.js';

export const dateOfBirth: Check = {
  id: 'privacy.date-of-birth',
  category: 'privacy',
  severity: 'warning',
  weight: 5,
  appliesTo: { languages: ['en'], languageVariant: true },
  codes: ['privacy.date-of-birth'],
  run: (context) => detectDateOfBirth(context, 'privacy.date-of-birth'),
};
