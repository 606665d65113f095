/**
 * Passive constructions ("was responsible for", "were implemented by the team") hide who did the
 * work. A tip: the heuristic is a form of "to be" followed by a past participle, which catches the
 * common cases without a parser and can misread adjectives ("was excited").
 */
import type { Check } from '../types.js';
import {
  bulletEvidence,
  experienceBullets,
  MAX_EVIDENCE,
  MAX_EXAMPLES,
} from './support/bullets.js';

const PASSIVE_RE =
  /\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?(?:responsible|involved|tasked|\w{3,}ed|built|led|made|done|given|taken|written|run|won|held|sent|known|shown|seen|chosen|drawn|grown|paid|sold|taught|brought|bought|found|kept|spent|begun)\b/i;
// Adjectives and states that look like participles after "is/are" in resumes.
const NOT_PASSIVE_RE =
  /\b(?:is|are|was|were|be)\s+(?:based|located|interested|excited|skilled|experienced|dedicated|qualified|need|used to)\b/i;

export function isPassive(text: string): boolean {
  return PASSIVE_RE.test(text) && !NOT_PASSIVE_RE.test(text);
}

export const passiveVoice: Check = {
  id: 'content.passive-voice',
  category: 'content',
  severity: 'tip',
  appliesTo: { languages: ['en'] },
  codes: ['content.passive-voice'],
  run(context) {
    const hits = experienceBullets(context).filter((bullet) => isPassive(bullet.text));
    if (hits.length === 0) return [];
    return [
      {
        code: 'content.passive-voice',
        params: {
          count: hits.length,
          examples: hits.slice(0, MAX_EXAMPLES).map((bullet) => bullet.text),
        },
        evidence: hits.slice(0, MAX_EVIDENCE).map(bulletEvidence),
      },
    ];
  },
};
