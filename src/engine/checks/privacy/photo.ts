/**
 * A photo on an English-language resume: US, UK and Canadian employers avoid them (bias and
 * anti-discrimination law), some recruiters discard such resumes, and ATS parsers ignore images.
 * PDF only: DOCX extraction does not report images yet.
 */
import type { Check } from '../types.js';
import { detectPhoto } from './support/photo-detect.js';

export const photo: Check = {
  id: 'privacy.photo',
  category: 'privacy',
  severity: 'warning',
  weight: 8,
  appliesTo: { formats: ['pdf'], languages: ['en'], languageVariant: true },
  codes: ['privacy.photo'],
  run: (context) => detectPhoto(context, 'privacy.photo'),
};
