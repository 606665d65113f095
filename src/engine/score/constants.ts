/**
 * Every constant of the scoring algorithm, in one place. Documented in docs/scoring.md; changing
 * any of them changes SCORE_ALGORITHM.
 */
import type { CheckCategory } from '../model/finding.js';

export const SCORE_ALGORITHM = 'rh-score-2';

/** How much each category weighs in the overall score (they sum to 100). */
export const CATEGORY_WEIGHTS: Record<CheckCategory, number> = {
  parseability: 25,
  layout: 15,
  sections: 15,
  contact: 15,
  dates: 10,
  content: 10,
  length: 5,
  privacy: 5,
};

/** A category score never drops below this floor through warnings alone. */
export const CATEGORY_FLOOR = 0;
