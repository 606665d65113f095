/**
 * Bullets of three words or fewer ("Customer service.") name a duty without saying what was done
 * or achieved. A tip: a short bullet can be fine, several of them rarely are.
 */
import type { Check } from '../types.js';
import { countBulletWords } from './long-bullets.js';
import {
  bulletEvidence,
  experienceBullets,
  MAX_EVIDENCE,
  MAX_EXAMPLES,
} from './support/bullets.js';

const MIN_WORDS = 4;

export const shortBullets: Check = {
  id: 'content.short-bullets',
  category: 'content',
  severity: 'tip',
  appliesTo: { languages: ['en'] },
  codes: ['content.short-bullets'],
  run(context) {
    const short = experienceBullets(context).filter(
      (bullet) => countBulletWords(bullet.text) < MIN_WORDS,
    );
    if (short.length === 0) return [];
    return [
      {
        code: 'content.short-bullets',
        params: {
          count: short.length,
          minWords: MIN_WORDS,
          examples: short.slice(0, MAX_EXAMPLES).map((bullet) => bullet.text),
        },
        evidence: short.slice(0, MAX_EVIDENCE).map(bulletEvidence),
      },
    ];
  },
};
