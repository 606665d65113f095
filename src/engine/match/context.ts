/**
 * Whether an ambiguous short name ("Go", "R", "Spark", "Word") means the technology here. It
 * counts when a confirming word sits right next to it ("R programming", "MS Word"), when an
 * unambiguous tool is mentioned nearby ("R, Python and SQL"), or, for names whose capitalised
 * form is rarely anything else ("Excel"), on case alone unless a verb reading follows ("Excel at").
 * Neighbours only count within the same sentence: "R, Python. Go to the office" is not Go.
 */
import type { TaxonomyEntry } from './taxonomy.js';

/** How far (in tokens) a neighbouring tool still confirms a technical reading: about a clause. */
const NEIGHBOUR_WINDOW = 8;
const CUE_WINDOW = 2;
/** Words after which the capitalised form is a verb, not the product ("Excel in", "React to"). */
const VERB_FOLLOWERS = new Set(['at', 'in', 'to', 'on', 'quickly', 'well']);

export interface Candidate {
  entry: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  isAmbiguous: boolean;
}

function hasCue(
  folded: readonly string[],
  candidate: Candidate,
  cues: ReadonlySet<string>,
): boolean {
  const from = Math.max(0, candidate.first - CUE_WINDOW);
  const to = Math.min(folded.length, candidate.last + CUE_WINDOW);
  for (let i = from; i < to; i++) {
    if ((i < candidate.first || i >= candidate.last) && cues.has(folded[i] ?? '')) return true;
  }
  return false;
}

/** Keeps the candidates whose ambiguous reading the context supports; others pass unchanged. */
export function confirmAmbiguous(
  candidates: readonly Candidate[],
  entries: readonly TaxonomyEntry[],
  tokens: { folded: readonly string[]; sentence: readonly number[] },
): Candidate[] {
  const { folded, sentence } = tokens;
  // An ambiguous name confirmed on its own ("MS Word", "Excel") confirms its neighbours in turn.
  const isSelfConfirmed = (candidate: Candidate): boolean => {
    const entry = entries[candidate.entry];
    if (entry === undefined) return false;
    if (hasCue(folded, candidate, entry.cues)) return true;
    return entry.isCaseEnough && !VERB_FOLLOWERS.has(folded[candidate.last] ?? '');
  };
  const anchors = candidates.filter(
    (c) => entries[c.entry]?.kind === 'tool' && (!c.isAmbiguous || isSelfConfirmed(c)),
  );
  return candidates.filter((candidate) => {
    if (!candidate.isAmbiguous || isSelfConfirmed(candidate)) return true;
    const isNearTool = anchors.some(
      (anchor) =>
        Math.abs(anchor.first - candidate.first) <= NEIGHBOUR_WINDOW &&
        sentence[anchor.first] === sentence[candidate.first],
    );
    return isNearTool;
  });
}
