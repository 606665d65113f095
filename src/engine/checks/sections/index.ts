import type { Check } from '../types.js';

export const sectionsChecks: readonly Check[] = [];
