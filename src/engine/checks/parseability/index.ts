import type { Check } from '../types.js';

export const parseabilityChecks: readonly Check[] = [];
