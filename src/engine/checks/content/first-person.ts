/**
 * Resume bullets are written without a subject ("Led…", not "I led…"); first-person pronouns make
 * them longer and read as a letter. US and UK career guides agree on this convention.
 */
import type { Check } from '../types.js';
import {
  bulletEvidence,
  experienceBullets,
  MAX_EVIDENCE,
  MAX_EXAMPLES,
} from './support/bullets.js';

const POSSESSIVE_RE = /\b(?:[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b/;
const I_RE = /(?:^|(\S+)\s+)I(?:['’](?:m|ve|d|ll))?(?=[\s,;:]|$)/gu;
const CAPITALISED_RE = /^\p{Lu}/u;

/** True when a bullet uses I, me or my; "I" after a capitalised word ("Phase I") is a numeral. */
export function hasFirstPerson(text: string): boolean {
  if (POSSESSIVE_RE.test(text)) return true;
  for (const match of text.matchAll(I_RE)) {
    const before = match[1];
    if (!before || !CAPITALISED_RE.test(before)) return true;
  }
  return false;
}

export const firstPerson: Check = {
  id: 'content.first-person',
  category: 'content',
  severity: 'warning',
  weight: 3,
  appliesTo: { languages: ['en'] },
  codes: ['content.first-person'],
  run(context) {
    const hits = experienceBullets(context).filter((bullet) => hasFirstPerson(bullet.text));
    if (hits.length === 0) return [];
    return [
      {
        code: 'content.first-person',
        params: {
          count: hits.length,
          examples: hits.slice(0, MAX_EXAMPLES).map((bullet) => bullet.text),
        },
        evidence: hits.slice(0, MAX_EVIDENCE).map(bulletEvidence),
      },
    ];
  },
};
