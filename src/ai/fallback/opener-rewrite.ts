/**
 * The deterministic rewrite of a weak opener: "Responsible for managing a team of 5" becomes
 * "Managed a team of 5". Only grammar that can be transformed safely is rewritten; the rest of
 * the bullet is kept word for word, so no fact changes. Openers that mean help ("assisted with")
 * become "Contributed to", never a verb that would claim ownership the person did not state.
 */
import { VERB_ALTERNATIVES } from '../../engine/checks/content/data/verb-alternatives.js';
import { IRREGULAR_PAST, SAME_IN_PAST } from '../../engine/checks/content/data/action-verbs.js';
import { firstWord, readVerb } from '../../engine/checks/content/support/verbs.js';
import { weakOpener } from '../../engine/checks/content/weak-openers.js';

interface OpenerRule {
  pattern: RegExp;
  /** Replaces the opener before a noun phrase; null when only a following gerund can be rewritten. */
  verb: string | null;
  /** Whether "opener + gerund" may become the gerund's past tense (ownership openers only). */
  isOwnership: boolean;
  /** Key into the engine's VERB_ALTERNATIVES for suggestions. */
  alternativesOf: string;
}

const RULES: readonly OpenerRule[] = [
  { pattern: /^responsible for$/, verb: 'Owned', isOwnership: true, alternativesOf: 'manage' },
  { pattern: /^in charge of$/, verb: 'Led', isOwnership: true, alternativesOf: 'lead' },
  { pattern: /^tasked with$/, verb: null, isOwnership: true, alternativesOf: 'implement' },
  { pattern: /^handled$/, verb: 'Managed', isOwnership: true, alternativesOf: 'manage' },
  {
    pattern: /^duties (?:included|include|were)$/,
    verb: null,
    isOwnership: true,
    alternativesOf: 'manage',
  },
  {
    pattern: /^worked with$/,
    verb: 'Collaborated with',
    isOwnership: false,
    alternativesOf: 'collaborate',
  },
  {
    pattern: /^worked (?:on|in)$/,
    verb: 'Contributed to',
    isOwnership: false,
    alternativesOf: 'work',
  },
  {
    pattern: /^(?:helped|help(?:ed|ing)|assisted|assisting)(?: (?:with|in|to))?$/,
    verb: 'Contributed to',
    isOwnership: false,
    alternativesOf: 'support',
  },
  {
    pattern: /^(?:involved in|participated in|took part in)$/,
    verb: 'Contributed to',
    isOwnership: false,
    alternativesOf: 'collaborate',
  },
];

const PAST_OF = new Map([...IRREGULAR_PAST].map(([past, base]) => [base, past]));

/** Past tense built from the gerund's own spelling: "planning" → "planned", "managing" → "managed". */
function pastTense(gerund: string, base: string): string {
  const irregular = PAST_OF.get(base);
  if (irregular) return irregular;
  if (SAME_IN_PAST.has(base)) return base;
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${gerund.slice(0, -3)}ed`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface OpenerRewrite {
  /** The rewritten bullet, or null when the grammar is not safe to transform. */
  rewrite: string | null;
  phrase: string;
  alternatives: readonly string[];
}

export function rewriteWeakOpener(bullet: string): OpenerRewrite | null {
  const found = weakOpener(bullet);
  if (!found) return null;
  const phrase = found.replace(/^(?:was|were|am|is) /, '');
  const rule = RULES.find((r) => r.pattern.test(phrase));
  if (!rule) return null;
  const alternatives = VERB_ALTERNATIVES[rule.alternativesOf] ?? [];
  const rest = bullet.trim().slice(found.length).trimStart();
  const next = firstWord(rest);
  const reading = next ? readVerb(next) : null;
  if (reading?.form === 'gerund') {
    const rewrite = rule.isOwnership
      ? `${capitalise(pastTense(next, reading.base))}${rest.slice(next.length)}`
      : `Contributed to ${rest}`;
    return { rewrite, phrase, alternatives };
  }
  // "Helped build…" (a bare verb) cannot be reworded without guessing the person's share.
  const isNounPhrase = rest !== '' && reading === null;
  const rewrite = rule.verb && isNounPhrase ? `${rule.verb} ${rest}` : null;
  return { rewrite, phrase, alternatives };
}
