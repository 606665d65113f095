/**
 * Marital status on an English-language resume is irrelevant to the job, invites bias, and US/UK
 * employers are advised not to consider it.
 */
import type { Check } from '../types.js';
import { detectMaritalStatus } from './support/marital-status-detect.js';

export const maritalStatus: Check = {
  id: 'privacy.marital-status',
  category: 'privacy',
  severity: 'warning',
  weight: 5,
  appliesTo: { languages: ['en'], languageVariant: true },
  codes: ['privacy.marital-status'],
  run: (context) => detectMaritalStatus(context, 'privacy.marital-status'),
};
