/** Month arithmetic over the "YYYY" / "YYYY-MM" strings the parser gives experience dates in. */
import type { ExperienceEntry } from '../../../model/resume.js';
import type { YearMonth } from '../../types.js';

/** Months since year 0 for "YYYY-MM"; a bare year counts from `defaultMonth`. */
export function toMonths(value: string | null, defaultMonth: number): number | null {
  if (!value) return null;
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(value);
  if (!match) return null;
  const month = match[2] ? Number(match[2]) : defaultMonth;
  return Number(match[1]) * 12 + (month - 1);
}

export function nowMonths(now: YearMonth): number {
  return now.year * 12 + (now.month - 1);
}

/**
 * The latest month the resume mentions: stands in for "today" when the caller passed no clock, so
 * a current role still ends somewhere sensible.
 */
export function latestMonth(entries: readonly ExperienceEntry[]): number | null {
  let latest: number | null = null;
  for (const entry of entries) {
    for (const month of [toMonths(entry.start, 1), toMonths(entry.end, 12)]) {
      if (month !== null && (latest === null || month > latest)) latest = month;
    }
  }
  return latest;
}

/** The month an entry ended: its end date, "today" for a current role, else null. */
export function endMonth(entry: ExperienceEntry, today: number | null): number | null {
  if (entry.current) return today;
  return toMonths(entry.end, 12) ?? (entry.end ? null : toMonths(entry.start, 12));
}
