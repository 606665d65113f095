/** Aggregates per-file scores into per-field metrics and one overall figure: pure, no I/O. */
import { addCounts, computeF1, ZERO_COUNTS } from './metrics.js';
import {
  EXACT_FIELDS,
  INFORMATIVE_FIELDS,
  SET_FIELDS,
  type Field,
  type FileScore,
} from './score.js';

export interface FieldSummary {
  field: Field;
  metric: 'exact' | 'f1';
  /** Exact-match rate or micro-averaged F1, 0..1. */
  value: number;
  precision?: number;
  recall?: number;
  /** Files scored on this field. */
  scored: number;
  skipped: number;
  isInformative: boolean;
}

export function summarizeScores(scores: readonly FileScore[]): {
  fields: FieldSummary[];
  overall: number;
} {
  const fields: FieldSummary[] = [];
  for (const field of SET_FIELDS) {
    const counted = scores.flatMap((score) => (score.sets[field] ? [score.sets[field]] : []));
    const f1 = computeF1(counted.reduce(addCounts, ZERO_COUNTS));
    fields.push({
      field,
      metric: 'f1',
      value: f1.f1,
      precision: f1.precision,
      recall: f1.recall,
      scored: counted.length,
      skipped: scores.length - counted.length,
      isInformative: INFORMATIVE_FIELDS.has(field),
    });
  }
  for (const field of EXACT_FIELDS) {
    const results = scores.flatMap((score) => (field in score.exact ? [score.exact[field]] : []));
    const hits = results.filter(Boolean).length;
    fields.push({
      field,
      metric: 'exact',
      value: results.length === 0 ? Number.NaN : hits / results.length,
      scored: results.length,
      skipped: scores.length - results.length,
      isInformative: INFORMATIVE_FIELDS.has(field),
    });
  }
  // Overall: the unweighted mean of the headline fields, each on 0..1.
  const headline = fields.filter((f) => !f.isInformative && !Number.isNaN(f.value));
  const overall = headline.reduce((sum, f) => sum + f.value, 0) / Math.max(1, headline.length);
  return { fields, overall };
}
