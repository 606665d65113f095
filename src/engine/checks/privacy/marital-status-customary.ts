/**
 * Marital status where it has been customary (older German CVs, Japanese rirekisho, Chinese and
 * Russian CVs): a tip, since modern guidance in most of these countries is to leave it out.
 */
import type { Check } from '../types.js';
import { detectMaritalStatus } from './support/marital-status-detect.js';
import { LOCAL_NORM_LANGUAGES } from './support/norms.js';

export const maritalStatusCustomary: Check = {
  id: 'privacy.marital-status-customary',
  category: 'privacy',
  severity: 'tip',
  appliesTo: { languages: LOCAL_NORM_LANGUAGES, languageVariant: true },
  codes: ['privacy.marital-status-customary'],
  run: (context) => detectMaritalStatus(context, 'privacy.marital-status-customary'),
};
