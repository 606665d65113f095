/**
 * Years of experience from parsed job dates. Overlapping jobs count once (intervals are merged);
 * a current job runs to `now`. Months are inclusive: "Jan 2021 – Dec 2021" is 12 months.
 *
 * Year-only dates are read as mid-year ("2016 – 2019" is July 2016 to June 2019, three years,
 * not four), and a job with the same year at both ends as six months, since a role printed as
 * "2015 – 2015" is usually a short one.
 */
import type { ExperienceEntry } from '../model/resume.js';

export interface YearMonth {
  year: number;
  /** 1..12 */
  month: number;
}

type Interval = [start: number, end: number];

const MID_YEAR_START = 7;
const MID_YEAR_END = 6;
const SAME_YEAR_START = 4;
const SAME_YEAR_END = 9;

export function computeResumeYears(
  experience: readonly Pick<ExperienceEntry, 'start' | 'end' | 'current'>[],
  now?: YearMonth,
): number {
  const nowIndex = now ? monthIndex(now.year, now.month) : latestDate(experience);
  const intervals: Interval[] = [];
  for (const entry of experience) {
    const interval = toInterval(entry, nowIndex);
    if (interval) intervals.push(interval);
  }
  const months = mergedLength(intervals);
  return Math.round((months / 12) * 10) / 10;
}

function toInterval(
  entry: Pick<ExperienceEntry, 'start' | 'end' | 'current'>,
  nowIndex: number | null,
): Interval | null {
  const start = parseDate(entry.start);
  if (!start) return null;
  const end = entry.current ? null : parseDate(entry.end);
  const isSameYear =
    end !== null && start.month === undefined && end.month === undefined && start.year === end.year;
  const startIndex = monthIndex(
    start.year,
    start.month ?? (isSameYear ? SAME_YEAR_START : MID_YEAR_START),
  );
  let endIndex: number;
  if (end)
    endIndex = monthIndex(end.year, end.month ?? (isSameYear ? SAME_YEAR_END : MID_YEAR_END));
  else if (entry.current && nowIndex !== null) endIndex = nowIndex;
  // An end the parser did not find: count the start month alone rather than guess a length.
  else endIndex = startIndex;
  // A future end (an expected date) counts only up to now.
  if (nowIndex !== null) endIndex = Math.min(endIndex, nowIndex);
  return endIndex >= startIndex ? [startIndex, endIndex] : null;
}

/** Total months covered by the union of inclusive intervals. */
export function mergedLength(intervals: Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let current: Interval | null = null;
  for (const interval of sorted) {
    if (current && interval[0] <= current[1] + 1) {
      current[1] = Math.max(current[1], interval[1]);
      continue;
    }
    if (current) total += current[1] - current[0] + 1;
    current = [interval[0], interval[1]];
  }
  if (current) total += current[1] - current[0] + 1;
  return total;
}

function parseDate(value: string | null): { year: number; month?: number } | null {
  const match = value ? /^(\d{4})(?:-(\d{2}))?$/.exec(value) : null;
  if (!match) return null;
  const month = match[2] ? Number(match[2]) : undefined;
  return month && month >= 1 && month <= 12
    ? { year: Number(match[1]), month }
    : { year: Number(match[1]) };
}

function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/**
 * Without a clock, a current job runs to the latest date the resume prints: deterministic, and
 * an undercount rather than a guess.
 */
function latestDate(experience: readonly Pick<ExperienceEntry, 'start' | 'end'>[]): number | null {
  let latest: number | null = null;
  for (const entry of experience) {
    for (const value of [entry.start, entry.end]) {
      const date = parseDate(value);
      if (!date) continue;
      const index = monthIndex(date.year, date.month ?? MID_YEAR_END);
      if (latest === null || index > latest) latest = index;
    }
  }
  return latest;
}
