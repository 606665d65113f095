import type { Check } from '../types.js';

export const layoutChecks: readonly Check[] = [];
