import type { Check } from '../types.js';

export const contentChecks: readonly Check[] = [];
