/**
 * The anti-fabrication guard (issue 6): model text may rephrase the resume, never add to it. A
 * rewrite, summary or cover-letter sentence that introduces an employer, title, date, number or
 * skill the source does not contain is rejected; a rewrite that drops one of its bullet's numbers
 * is rejected too, since a rewrite must keep every fact.
 */
import { isKnownWord } from '../../engine/checks/content/support/dictionary.js';
import { readVerb } from '../../engine/checks/content/support/verbs.js';
import { findTerms } from '../../engine/match/terms.js';
import type { BulletRewrite } from '../ports.js';
import { extractNamedFacts } from './entities.js';
import { type FactSource, sourceHasPhrase } from './fact-source.js';
import { extractNumericFacts, isBackedNumber } from './numbers.js';

/** Skill kinds that are claims; soft skills ("leadership") are judgement, not facts. */
const CLAIM_KINDS = new Set(['hard', 'tool', 'certification', 'language']);

export interface FabricationSources {
  /** Employers and titles may come from anywhere in the resume (and, for letters, the job). */
  names: FactSource;
  /** Numbers and dates must come from here: for a rewrite, its own bullet and role. */
  numbers: FactSource;
  /** Skills must be the person's own: the resume only, even when `names` includes the job. */
  skills?: FactSource;
}

/**
 * A single lowercase dictionary word ("migration", "testing") is how a rewrite rephrases, and the
 * taxonomy lists such words as skills; names of technologies are capitalised, multi-word or coined.
 */
function isGenericWord(surface: string): boolean {
  return /^[a-z]+$/.test(surface) && isKnownWord(surface);
}

/** Facts in `candidate` the sources do not back, as "kind: text" strings. */
export function findFabricatedFacts(candidate: string, sources: FabricationSources): string[] {
  const facts = new Set<string>();
  for (const fact of extractNumericFacts(candidate)) {
    if (isBackedNumber(fact.key, sources.numbers.numbers)) continue;
    facts.add(`${fact.kind}: ${fact.surface}`);
  }
  const skills = sources.skills ?? sources.names;
  for (const mention of findTerms(candidate)) {
    if (!CLAIM_KINDS.has(mention.kind) || skills.skills.has(mention.term)) continue;
    // The taxonomy has ambiguous entries ("Led" = LED); a verb or a word the source uses is not a claim.
    if (readVerb(mention.surface) || sourceHasPhrase(skills, mention.surface)) continue;
    if (isGenericWord(mention.surface)) continue;
    const isSame = mention.surface.toLowerCase() === mention.term.toLowerCase();
    facts.add(`skill: ${isSame ? mention.term : `${mention.surface} (${mention.term})`}`);
  }
  for (const named of extractNamedFacts(candidate, skills.skills)) {
    if (sourceHasPhrase(sources.names, named.text)) continue;
    facts.add(`${named.kind}: ${named.text}`);
  }
  return [...facts];
}

/** Numbers of the original bullet missing from the rewrite. */
function droppedNumbers(original: string, rewrite: string): string[] {
  const kept = new Set(extractNumericFacts(rewrite).map((fact) => fact.key));
  return extractNumericFacts(original)
    .filter((fact) => !kept.has(fact.key) && !isBackedNumber(fact.key, kept))
    .map((fact) => `dropped ${fact.kind}: ${fact.surface}`);
}

export function guardRewrite(rewrite: BulletRewrite, sources: FabricationSources): BulletRewrite {
  const added = findFabricatedFacts(rewrite.rewrite, sources);
  if (added.length > 0) {
    return {
      ...rewrite,
      rejected: { reason: 'adds facts the resume does not contain', facts: added },
    };
  }
  const dropped = droppedNumbers(rewrite.original, rewrite.rewrite);
  if (dropped.length > 0) {
    return {
      ...rewrite,
      rejected: { reason: 'drops facts of the original bullet', facts: dropped },
    };
  }
  return rewrite;
}

/** A sentence ends at a line break, or at . ! ? followed by a capital; "1.5" and "e.g. x" stay whole. */
const SENTENCE_BREAK_RE = /(?<=\n)|(?<=[.!?]["”’)]?\s+)(?=["“(]?\p{Lu})/u;

/** Splits prose into sentences; joining them gives back the text. */
export function splitSentences(text: string): string[] {
  return text.split(SENTENCE_BREAK_RE).filter((piece) => piece !== '');
}

export interface GuardedText {
  text: string;
  removed: Array<{ sentence: string; facts: string[] }>;
}

/** Removes sentences that carry unbacked facts; what remains reads on without them. */
export function guardText(text: string, sources: FabricationSources): GuardedText {
  const removed: GuardedText['removed'] = [];
  const kept = splitSentences(text).filter((sentence) => {
    if (sentence.trim() === '') return true;
    const facts = findFabricatedFacts(sentence, sources);
    if (facts.length === 0) return true;
    removed.push({ sentence: sentence.trim(), facts });
    return false;
  });
  return {
    text: kept
      .join('')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    removed,
  };
}
