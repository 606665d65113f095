/**
 * Engine-only advice: what to quantify, what to reword, which job terms to add if true. Advice
 * asks questions instead of offering numbers, so the fallback can never invent a result.
 */
import type { MatchResult } from '../../engine/model/match.js';
import type { WeakBullet } from '../premium/weak-bullets.js';

export interface Advice {
  priority: number;
  text: string;
}

const QUOTE_MAX = 80;
const MAX_PER_KIND = 3;
const MAX_MISSING_TERMS = 5;

function quote(text: string): string {
  return `“${text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text}”`;
}

export function missingTermAdvice(match: MatchResult | undefined): Advice[] {
  if (!match) return [];
  return [...match.missing]
    .sort((a, b) => Number(b.required) - Number(a.required) || b.weight - a.weight)
    .slice(0, MAX_MISSING_TERMS)
    .map((term) => ({
      priority: term.required ? 1 : 2,
      text: `The job ${term.required ? 'requires' : 'mentions'} ${term.term}. If you have that experience, name it in your ${term.suggestedSection} section.`,
    }));
}

export function bulletAdvice(
  bullets: readonly WeakBullet[],
  rewritten: ReadonlySet<number>,
): Advice[] {
  const unquantified = bullets
    .filter((b) => b.issues.includes('unquantified'))
    .slice(0, MAX_PER_KIND);
  const opener = bullets.filter((b) => b.issues.includes('weak-opener') && !rewritten.has(b.id));
  const passive = bullets.filter(
    (b) => b.issues.includes('passive') && !b.issues.includes('weak-opener'),
  );
  const long = bullets.filter((b) => b.issues.includes('too-long'));
  return [
    ...unquantified.map((b) => ({
      priority: 2,
      text: `Quantify ${quote(b.text)}: how many, how much, how often or how fast? Add a number only if you can back it.`,
    })),
    ...opener.slice(0, MAX_PER_KIND).map((b) => ({
      priority: 3,
      text: `Open ${quote(b.text)} with a verb that says what you did, not a duty phrase.`,
    })),
    ...passive.slice(0, MAX_PER_KIND).map((b) => ({
      priority: 3,
      text: `${quote(b.text)} is passive: start with what you did.`,
    })),
    ...long.slice(0, MAX_PER_KIND).map((b) => ({
      priority: 4,
      text: `Split or trim ${quote(b.text)}: one or two lines per bullet read best.`,
    })),
  ];
}
