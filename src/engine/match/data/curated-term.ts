/** Shape of the hand-curated taxonomy entries (aliases.ts and its parts). */
import type { TermKind } from '../../model/match.js';

export interface CuratedTerm {
  term: string;
  kind: TermKind;
  /** Other spellings, abbreviations and variants that mean the same thing. */
  aliases: readonly string[];
  /**
   * Forms that are also everyday words or letters ("Go", "R", "Excel"): they only count when
   * printed exactly like this and when the context confirms the meaning (see terms.ts).
   */
  ambiguous?: readonly string[];
  /** Words next to an ambiguous form that confirm it ("R programming", "MS Excel"). */
  cues?: readonly string[];
  /** The exact case alone confirms an ambiguous form, unless a verb reading follows ("Excel at"). */
  isCaseEnough?: boolean;
}

export function term(kind: TermKind, name: string, ...aliases: string[]): CuratedTerm {
  return { term: name, kind, aliases };
}

/** A tool whose short name is a common word or letter; see `CuratedTerm.ambiguous`. */
export function ambiguousTool(
  name: string,
  details: { ambiguous: string[]; aliases?: string[]; cues?: string[]; isCaseEnough?: boolean },
): CuratedTerm {
  return { term: name, kind: 'tool', aliases: details.aliases ?? [], ...details };
}
