import type { Check } from '../types.js';

export const privacyChecks: readonly Check[] = [];
