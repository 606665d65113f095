/**
 * Years of experience from the experience section: each dated role is a month interval, overlaps
 * (two jobs at once, promotions listed twice) are merged so they count once. A current role runs
 * to `now`, or to the latest date the resume mentions when the caller passed no clock.
 */
import type { CheckContext } from '../../types.js';
import { endMonth, latestMonth, nowMonths, toMonths } from '../../content/support/dates.js';

/** Years rounded to one decimal, or null when no role has a usable start date. */
export function experienceYears(context: CheckContext): number | null {
  const { experience } = context.resume;
  const today = context.now ? nowMonths(context.now) : latestMonth(experience);
  const intervals: Array<[number, number]> = [];
  for (const entry of experience) {
    const start = toMonths(entry.start, 1);
    const end = endMonth(entry, today);
    if (start === null || end === null || end < start) continue;
    intervals.push([start, end + 1]);
  }
  if (intervals.length === 0) return null;
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [runStart, runEnd] = intervals[0] ?? [0, 0];
  for (const [start, end] of intervals.slice(1)) {
    if (start <= runEnd) {
      runEnd = Math.max(runEnd, end);
      continue;
    }
    total += runEnd - runStart;
    [runStart, runEnd] = [start, end];
  }
  total += runEnd - runStart;
  return Math.round((total / 12) * 10) / 10;
}
