/**
 * A photo where it is customary (German, Austrian and Swiss CVs, Japanese rirekisho, many Chinese,
 * Spanish and Portuguese CVs): a tip naming the norm, and that an ATS ignores it either way.
 */
import type { Check } from '../types.js';
import { LOCAL_NORM_LANGUAGES } from './support/norms.js';
import { detectPhoto } from './support/photo-detect.js';

export const photoCustomary: Check = {
  id: 'privacy.photo-customary',
  category: 'privacy',
  severity: 'tip',
  appliesTo: { formats: ['pdf'], languages: LOCAL_NORM_LANGUAGES, languageVariant: true },
  codes: ['privacy.photo-customary'],
  run: (context) => detectPhoto(context, 'privacy.photo-customary'),
};
