/**
 * Over about 1,000 words with under ten years of experience usually means every duty is listed;
 * recruiters read the top third. A tip, because academic CVs and some fields run long by design.
 */
import type { Check } from '../types.js';
import { experienceYears } from './support/experience-years.js';

const MAX_WORDS = 1000;
const SENIOR_YEARS = 10;

export const tooManyWords: Check = {
  id: 'length.too-many-words',
  category: 'length',
  severity: 'tip',
  appliesTo: {},
  codes: ['length.too-many-words'],
  run(context) {
    if (context.words <= MAX_WORDS) return [];
    const years = experienceYears(context);
    if (years === null || years >= SENIOR_YEARS) return [];
    return [
      {
        code: 'length.too-many-words',
        params: { words: context.words, years, max: MAX_WORDS, seniorYears: SENIOR_YEARS },
      },
    ];
  },
};
