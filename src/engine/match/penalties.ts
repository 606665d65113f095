/**
 * What counts against a match: keyword stuffing (a term printed implausibly often) and job terms
 * that appear only in hidden text. Both are penalties, never credit.
 */
import type { JobTerm, MatchResult } from '../model/match.js';
import type { ResumeIndex } from './resume-index.js';
import {
  HIDDEN_MAX_POINTS,
  HIDDEN_TERM_POINTS,
  STUFFING_DENSE_COUNT,
  STUFFING_DENSITY,
  STUFFING_MAX_POINTS,
  STUFFING_MIN_COUNT,
  STUFFING_POINTS,
} from './weights.js';

export type Penalty = MatchResult['penalties'][number];

export function findStuffedTerms(index: ResumeIndex): string[] {
  const stuffed: string[] = [];
  for (const hit of index.terms.values()) {
    const density = index.words > 0 ? hit.count / index.words : 0;
    const isDense = hit.count >= STUFFING_DENSE_COUNT && density >= STUFFING_DENSITY;
    if (hit.count >= STUFFING_MIN_COUNT || isDense) stuffed.push(hit.term);
  }
  return stuffed.sort();
}

/** Job terms the resume mentions only where no reader can see them. */
export function findHiddenOnlyTerms(index: ResumeIndex, terms: readonly JobTerm[]): string[] {
  return terms
    .filter(
      (t) =>
        (index.hiddenTerms.get(t.term) ?? 0) > 0 && (index.terms.get(t.term)?.count ?? 0) === 0,
    )
    .map((t) => t.term);
}

export function computePenalties(
  stuffed: readonly string[],
  hiddenOnly: readonly string[],
): Penalty[] {
  const penalties: Penalty[] = [];
  if (stuffed.length > 0) {
    penalties.push({
      code: 'match.keyword-stuffing',
      points: Math.min(STUFFING_MAX_POINTS, stuffed.length * STUFFING_POINTS),
      terms: [...stuffed],
    });
  }
  if (hiddenOnly.length > 0) {
    penalties.push({
      code: 'match.hidden-keywords',
      points: Math.min(HIDDEN_MAX_POINTS, hiddenOnly.length * HIDDEN_TERM_POINTS),
      terms: [...hiddenOnly],
    });
  }
  return penalties;
}
