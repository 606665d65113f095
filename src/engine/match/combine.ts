/**
 * The overall match score: a weighted mean of the parts that apply (PART_SHARES), where education
 * and years count in proportion to how relevant the resume is to the field, minus penalties.
 */
import type { MatchParts, MatchResult } from '../model/match.js';
import { MIN_SECONDARY_FACTOR, PART_SHARES, RELEVANCE_FOR_FULL_SECONDARY } from './weights.js';

type PartName = keyof typeof PART_SHARES;
export type PartScores = Record<PartName, number | null>;

const CORE: readonly PartName[] = ['hardSkills', 'keywords', 'title', 'softSkills'];
const SECONDARY: readonly PartName[] = ['education', 'experienceYears'];

export function combineParts(
  scores: PartScores,
  penalties: MatchResult['penalties'],
): { score: number; notApplicable: NonNullable<MatchParts['notApplicable']> } {
  const relevance = weightedMean(scores, CORE);
  const factor = Math.min(
    1,
    Math.max(MIN_SECONDARY_FACTOR, (relevance ?? 0) / RELEVANCE_FOR_FULL_SECONDARY),
  );
  let sum = 0;
  let shares = 0;
  for (const name of [...CORE, ...SECONDARY]) {
    const value = scores[name];
    if (value === null) continue;
    const share = PART_SHARES[name];
    sum += share * value * (SECONDARY.includes(name) ? factor : 1);
    shares += share;
  }
  const raw = shares > 0 ? sum / shares : 0;
  const points = penalties.reduce((total, p) => total + p.points, 0);
  const notApplicable = (Object.keys(PART_SHARES) as PartName[]).filter(
    (name) => scores[name] === null,
  );
  return { score: Math.max(0, Math.min(100, Math.round(raw - points))), notApplicable };
}

function weightedMean(scores: PartScores, names: readonly PartName[]): number | null {
  let sum = 0;
  let shares = 0;
  for (const name of names) {
    const value = scores[name];
    if (value === null) continue;
    sum += PART_SHARES[name] * value;
    shares += PART_SHARES[name];
  }
  return shares > 0 ? sum / shares : null;
}
