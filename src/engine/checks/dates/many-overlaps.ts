/**
 * Three or more overlapping pairs of positions. An ATS sums position lengths for years of
 * experience, so heavy overlap inflates it, and readers suspect date errors.
 */
import type { Check } from '../types.js';
import { entryEvidence } from './evidence.js';
import { MANY_OVERLAPS } from './overlapping-positions.js';
import { findOverlaps } from './overlaps.js';

export const manyOverlaps: Check = {
  id: 'dates.many-overlaps',
  category: 'dates',
  severity: 'warning',
  weight: 5,
  appliesTo: {},
  codes: ['dates.many-overlaps'],
  run(context) {
    const overlaps = findOverlaps(context);
    if (overlaps.length < MANY_OVERLAPS) return [];
    const entries = [...new Set(overlaps.flatMap((o) => [o.first, o.second]))];
    return [
      {
        code: 'dates.many-overlaps',
        params: { pairs: overlaps.length, entries: entries.map((e) => e.label) },
        evidence: entries.flatMap(entryEvidence),
      },
    ];
  },
};
