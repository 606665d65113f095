/**
 * What the resume (and, for a cover letter, the job description) actually says, in the normalised
 * forms the fabrication guard compares against: lowercase text for names, numeric keys for
 * amounts and years, canonical taxonomy terms for skills.
 */
import { findTerms } from '../../engine/match/terms.js';
import { extractNumericFacts } from './numbers.js';

export interface FactSource {
  /** Lowercased, whitespace-squashed, curly quotes folded; padded so phrase lookups see word edges. */
  text: string;
  numbers: ReadonlySet<string>;
  skills: ReadonlySet<string>;
}

export function normalizeText(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'&+#.$%/-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** True when `phrase` occurs in the source as whole words. */
export function sourceHasPhrase(source: FactSource, phrase: string): boolean {
  const needle = normalizeText(phrase);
  return needle.trim() !== '' && source.text.includes(needle);
}

export function buildFactSource(texts: ReadonlyArray<string | null | undefined>): FactSource {
  const present = texts.filter((t): t is string => Boolean(t));
  const joined = present.join('\n');
  return {
    text: normalizeText(joined),
    numbers: new Set(extractNumericFacts(joined).map((fact) => fact.key)),
    skills: new Set(present.flatMap((t) => findTerms(t).map((mention) => mention.term))),
  };
}
