/**
 * Under about 250 words a resume rarely shows enough experience or keywords for an ATS search to
 * match it, nor enough for a recruiter to judge. CJK text is counted as the analyzer counts it
 * (about two characters a word).
 */
import type { Check } from '../types.js';

const MIN_WORDS = 250;

export const tooFewWords: Check = {
  id: 'length.too-few-words',
  category: 'length',
  severity: 'warning',
  weight: 10,
  appliesTo: {},
  codes: ['length.too-few-words'],
  run(context) {
    if (context.words >= MIN_WORDS) return [];
    return [{ code: 'length.too-few-words', params: { words: context.words, min: MIN_WORDS } }];
  },
};
