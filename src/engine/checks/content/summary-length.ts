/**
 * A summary is read in a few seconds; past about 80 words it becomes a paragraph people skip and
 * pushes experience below the fold. Three or four lines is the usual advice.
 */
import type { Check } from '../types.js';
import { countBulletWords } from './long-bullets.js';
import { summaryEvidence } from './support/bullets.js';

const MAX_WORDS = 80;

export const summaryLength: Check = {
  id: 'content.summary-length',
  category: 'content',
  severity: 'warning',
  weight: 3,
  appliesTo: { languages: ['en'] },
  codes: ['content.long-summary'],
  run(context) {
    const { summary } = context.resume;
    if (!summary) return [];
    const words = countBulletWords(summary);
    if (words <= MAX_WORDS) return [];
    return [
      {
        code: 'content.long-summary',
        params: { words, max: MAX_WORDS },
        evidence: [summaryEvidence(context, summary)],
      },
    ];
  },
};
