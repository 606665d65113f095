/**
 * One or two overlapping positions: common (part-time work, a side project, studies with a job)
 * and worth a line of explanation, so only a tip. Many overlaps are `dates.many-overlaps`.
 */
import type { Check } from '../types.js';
import { entryEvidence } from './evidence.js';
import { findOverlaps } from './overlaps.js';

/** From this many overlapping pairs on, the warning check reports instead. */
export const MANY_OVERLAPS = 3;

export const overlappingPositions: Check = {
  id: 'dates.overlapping-positions',
  category: 'dates',
  severity: 'tip',
  appliesTo: {},
  codes: ['dates.overlapping-positions'],
  run(context) {
    const overlaps = findOverlaps(context);
    if (overlaps.length === 0 || overlaps.length >= MANY_OVERLAPS) return [];
    return overlaps.map(({ first, second, months }) => ({
      code: 'dates.overlapping-positions',
      params: { first: first.label, second: second.label, months },
      evidence: [...entryEvidence(first), ...entryEvidence(second)],
    }));
  },
};
