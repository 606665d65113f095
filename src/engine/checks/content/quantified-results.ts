/**
 * Share of experience bullets that carry a measurable result. Recruiters and career guides
 * consistently ask for numbers (percentages, money, time, counts); a resume where most bullets are
 * unquantified reads as a list of duties.
 */
import type { Check } from '../types.js';
import {
  bulletEvidence,
  experienceBullets,
  MAX_EVIDENCE,
  MAX_EXAMPLES,
} from './support/bullets.js';

/** Below this share of quantified bullets the check fires. */
const MIN_SHARE = 0.35;
/** Too few bullets say nothing about a habit. */
const MIN_BULLETS = 4;

// Money and percent signs count on their own; a number counts unless it is only a year ("in 2019").
const SIGN_RE = /[$€£¥%]/u;
const NUMBER_RE = /\d+(?:[.,]\d+)*/g;
const YEAR_RE = /^(?:19|20)\d\d$/;
const NUMBER_WORD_RE =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|doubled|tripled|halved|double|triple)\b/i;

export function isQuantified(text: string): boolean {
  if (SIGN_RE.test(text) || NUMBER_WORD_RE.test(text)) return true;
  for (const match of text.matchAll(NUMBER_RE)) if (!YEAR_RE.test(match[0])) return true;
  return false;
}

export const quantifiedResults: Check = {
  id: 'content.quantified-results',
  category: 'content',
  severity: 'warning',
  weight: 10,
  appliesTo: { languages: ['en'] },
  codes: ['content.few-quantified-bullets'],
  run(context) {
    const bullets = experienceBullets(context);
    if (bullets.length < MIN_BULLETS) return [];
    const plain = bullets.filter((bullet) => !isQuantified(bullet.text));
    const quantified = bullets.length - plain.length;
    const share = quantified / bullets.length;
    if (share >= MIN_SHARE) return [];
    return [
      {
        code: 'content.few-quantified-bullets',
        params: {
          share: Math.round(share * 100),
          quantified,
          total: bullets.length,
          target: Math.round(MIN_SHARE * 100),
          examples: plain.slice(0, MAX_EXAMPLES).map((bullet) => bullet.text),
        },
        evidence: plain.slice(0, MAX_EVIDENCE).map(bulletEvidence),
      },
    ];
  },
};
