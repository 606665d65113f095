/**
 * Bullets that open with a duty phrase ("Responsible for", "Helped with") describe a job, not what
 * the person achieved; every major resume guide names these as the first thing to rewrite.
 */
import type { Check } from '../types.js';
import {
  bulletEvidence,
  experienceBullets,
  MAX_EVIDENCE,
  MAX_EXAMPLES,
} from './support/bullets.js';

const WEAK_OPENER_RE =
  /^(?:(?:was|were|am|is)\s+)?(?:responsible\s+for|helped(?:\s+(?:with|to))?|help(?:ed|ing)?\s+with|worked\s+(?:on|with|in)|assisted(?:\s+(?:with|in))?|assisting|duties\s+(?:included|include|were)|tasked\s+with|in\s+charge\s+of|involved\s+in|participated\s+in|took\s+part\s+in|handled)\b/i;

/** The weak phrase a bullet opens with, lowercased, or null. */
export function weakOpener(text: string): string | null {
  const match = WEAK_OPENER_RE.exec(text);
  return match ? match[0].toLowerCase().replace(/\s+/g, ' ') : null;
}

export const weakOpeners: Check = {
  id: 'content.weak-openers',
  category: 'content',
  severity: 'warning',
  weight: 6,
  appliesTo: { languages: ['en'] },
  codes: ['content.weak-openers'],
  run(context) {
    const hits = experienceBullets(context).flatMap((bullet) => {
      const phrase = weakOpener(bullet.text);
      return phrase ? [{ bullet, phrase }] : [];
    });
    if (hits.length === 0) return [];
    return [
      {
        code: 'content.weak-openers',
        params: {
          count: hits.length,
          phrases: [...new Set(hits.map((hit) => hit.phrase))],
          examples: hits.slice(0, MAX_EXAMPLES).map((hit) => hit.bullet.text),
        },
        evidence: hits.slice(0, MAX_EVIDENCE).map((hit) => bulletEvidence(hit.bullet)),
      },
    ];
  },
};
