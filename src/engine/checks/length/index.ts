import type { Check } from '../types.js';

export const lengthChecks: readonly Check[] = [];
