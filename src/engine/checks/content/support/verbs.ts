/**
 * A small inflection heuristic for the first word of a bullet: is it an action verb, and in which
 * form? English regular inflection is predictable enough for resume openers ("Reduced", "Manages",
 * "Planned", "Led"); anything unrecognised is reported as unknown rather than guessed.
 */
import { ACTION_VERBS, IRREGULAR_PAST, SAME_IN_PAST } from '../data/action-verbs.js';

export type VerbForm = 'base' | 'present' | 'past' | 'gerund' | 'ambiguous';

export interface VerbReading {
  base: string;
  form: VerbForm;
}

const FIRST_WORD_RE = /^[\p{L}][\p{L}'’-]*/u;

export function firstWord(text: string): string {
  return (FIRST_WORD_RE.exec(text)?.[0] ?? '').toLowerCase();
}

function known(candidates: string[], form: VerbForm): VerbReading | null {
  for (const base of candidates) if (ACTION_VERBS.has(base)) return { base, form };
  return null;
}

function undouble(stem: string): string[] {
  const n = stem.length;
  return n > 2 && stem[n - 1] === stem[n - 2] ? [stem.slice(0, -1)] : [];
}

/** Reads a word as an action verb, or returns null when it is not one we know. */
export function readVerb(word: string): VerbReading | null {
  const w = word.toLowerCase().replace(/’/g, "'");
  if (SAME_IN_PAST.has(w)) return { base: w, form: 'ambiguous' };
  const irregular = IRREGULAR_PAST.get(w);
  if (irregular) return { base: irregular, form: 'past' };
  if (ACTION_VERBS.has(w)) return { base: w, form: 'base' };
  if (w.endsWith('ied')) return known([`${w.slice(0, -3)}y`], 'past');
  if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    return known([stem, `${stem}e`, w.slice(0, -1), ...undouble(stem)], 'past');
  }
  if (w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    return known([stem, `${stem}e`, ...undouble(stem)], 'gerund');
  }
  if (w.endsWith('ies')) return known([`${w.slice(0, -3)}y`], 'present');
  if (w.endsWith('es')) return known([w.slice(0, -2), w.slice(0, -1)], 'present');
  if (w.endsWith('s')) return known([w.slice(0, -1)], 'present');
  return null;
}
