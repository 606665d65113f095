/**
 * The same detection as privacy.date-of-birth for languages where a date of birth is still
 * customary (German Lebenslauf, Japanese rirekisho, Chinese and Russian CVs): only a tip that names
 * the local norm, since removing it is a choice there rather than a mistake.
 */
import type { Check } from '../types.js';
import { detectDateOfBirth } from './support/date-of-birth-detect.js';
import { LOCAL_NORM_LANGUAGES } from './support/norms.js';

export const dateOfBirthCustomary: Check = {
  id: 'privacy.date-of-birth-customary',
  category: 'privacy',
  severity: 'tip',
  appliesTo: { languages: LOCAL_NORM_LANGUAGES, languageVariant: true },
  codes: ['privacy.date-of-birth-customary'],
  run: (context) => detectDateOfBirth(context, 'privacy.date-of-birth-customary'),
};
