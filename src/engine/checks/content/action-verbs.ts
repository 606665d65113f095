/**
 * Bullets that do not open with an action verb ("Team of 5 engineers…", "The new API…") bury what
 * the person did. A tip, since a noun-led bullet can still be strong; duty phrases are left to
 * content.weak-openers so one bullet is not reported twice.
 */
import type { Check } from '../types.js';
import {
  bulletEvidence,
  experienceBullets,
  MAX_EVIDENCE,
  MAX_EXAMPLES,
} from './support/bullets.js';
import { firstWord, readVerb } from './support/verbs.js';
import { weakOpener } from './weak-openers.js';

/** Fire when at least this share of bullets (and at least two) lack an action verb. */
const MIN_SHARE = 0.3;

export const actionVerbs: Check = {
  id: 'content.action-verbs',
  category: 'content',
  severity: 'tip',
  appliesTo: { languages: ['en'] },
  codes: ['content.no-action-verb'],
  run(context) {
    const bullets = experienceBullets(context);
    const weak = bullets.filter((bullet) => {
      if (weakOpener(bullet.text)) return false;
      const reading = readVerb(firstWord(bullet.text));
      return !reading || reading.form === 'gerund';
    });
    if (weak.length < 2 || weak.length < bullets.length * MIN_SHARE) return [];
    return [
      {
        code: 'content.no-action-verb',
        params: {
          count: weak.length,
          total: bullets.length,
          examples: weak.slice(0, MAX_EXAMPLES).map((bullet) => bullet.text),
        },
        evidence: weak.slice(0, MAX_EVIDENCE).map(bulletEvidence),
      },
    ];
  },
};
