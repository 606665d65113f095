/**
 * Bullets over about 30 words or wrapping past two lines are skimmed, not read; recruiters spend
 * seconds per resume. One or two lines per bullet is the common guidance.
 */
import { countWordRuns } from '../../parse/char-scan.js';
import type { Check } from '../types.js';
import { bulletEvidence, experienceBullets, MAX_EVIDENCE } from './support/bullets.js';

const MAX_WORDS = 30;
const MAX_LINES = 2;
/** A word starts with a letter or digit and runs on through these ("O'Neil", "node.js", "24/7"). */
const WORD_JOINERS = { joiners: "'’.%$+#/-" };

export function countBulletWords(text: string): number {
  return countWordRuns(text, WORD_JOINERS);
}

export const longBullets: Check = {
  id: 'content.long-bullets',
  category: 'content',
  severity: 'warning',
  weight: 3,
  appliesTo: { languages: ['en'] },
  codes: ['content.long-bullets'],
  run(context) {
    const long = experienceBullets(context).filter(
      (bullet) => countBulletWords(bullet.text) > MAX_WORDS || bullet.lineCount > MAX_LINES,
    );
    if (long.length === 0) return [];
    return [
      {
        code: 'content.long-bullets',
        params: {
          count: long.length,
          maxWords: MAX_WORDS,
          longest: Math.max(...long.map((bullet) => countBulletWords(bullet.text))),
        },
        evidence: long.slice(0, MAX_EVIDENCE).map(bulletEvidence),
      },
    ];
  },
};
