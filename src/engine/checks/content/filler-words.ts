/**
 * Filler words ("very", "various", "successfully") add length without information; "successfully"
 * is implied by listing the result. A style tip over bullets and the summary.
 */
import type { Evidence } from '../../model/finding.js';
import type { Check } from '../types.js';
import {
  bulletEvidence,
  experienceBullets,
  MAX_EVIDENCE,
  summaryEvidence,
} from './support/bullets.js';

const FILLER_RE =
  /\b(?:very|really|various|successfully|actually|basically|extremely|literally|quite|a lot of|lots of|etc)\b/gi;

export const fillerWords: Check = {
  id: 'content.filler-words',
  category: 'content',
  severity: 'tip',
  appliesTo: { languages: ['en'] },
  codes: ['content.filler-words'],
  run(context) {
    const words = new Set<string>();
    const evidence: Evidence[] = [];
    let count = 0;
    const scan = (text: string, toEvidence: () => Evidence) => {
      const found = text.match(FILLER_RE);
      if (!found) return;
      count += found.length;
      for (const word of found) words.add(word.toLowerCase());
      if (evidence.length < MAX_EVIDENCE) evidence.push(toEvidence());
    };
    const { summary } = context.resume;
    if (summary) scan(summary, () => summaryEvidence(context, summary));
    for (const bullet of experienceBullets(context)) {
      scan(bullet.text, () => bulletEvidence(bullet));
    }
    if (count === 0) return [];
    return [{ code: 'content.filler-words', params: { count, words: [...words] }, evidence }];
  },
};
