import type { Check } from '../types.js';

export const contactChecks: readonly Check[] = [];
