import type { Check } from '../types.js';

export const datesChecks: readonly Check[] = [];
