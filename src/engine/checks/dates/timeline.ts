/**
 * Dates as month numbers with the uncertainty a resume leaves: "2019" may mean any month of
 * 2019, so every date has an earliest and a latest month. Checks compare the bounds that make a
 * finding certain (a gap is only reported when even its shortest reading is long).
 */
import type { YearMonth } from '../types.js';
import type { Resume } from '../../model/resume.js';

export interface MonthBounds {
  earliest: number;
  latest: number;
}

export interface Span {
  start: MonthBounds | null;
  /** Null when open; `current` spans end at `now` (or the latest month the resume mentions). */
  end: MonthBounds | null;
  current: boolean;
}

export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function nowIndex(now: YearMonth): number {
  return monthIndex(now.year, now.month);
}

/** "2019-03" or "2019" as month bounds; null for anything else. */
export function parseMonth(text: string | null): MonthBounds | null {
  const match = text ? /^(\d{4})(?:-(\d{2}))?$/.exec(text) : null;
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2]) {
    const at = monthIndex(year, Number(match[2]));
    return { earliest: at, latest: at };
  }
  return { earliest: monthIndex(year, 1), latest: monthIndex(year, 12) };
}

/** "Mar 2019" for messages; "2019" when only the year is known. */
export function formatMonth(index: number, yearOnly = false): string {
  const year = Math.floor(index / 12);
  if (yearOnly) return String(year);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function spanOf(entry: {
  start: string | null;
  end: string | null;
  current: boolean;
}): Span {
  return { start: parseMonth(entry.start), end: parseMonth(entry.end), current: entry.current };
}

/** The month "present" stands for: `now`, or without a clock the latest month the resume names. */
export function presentIndex(resume: Resume, now: YearMonth | undefined): number {
  if (now) return nowIndex(now);
  let latest = 0;
  for (const entry of [...resume.experience, ...resume.education]) {
    for (const text of [entry.start, entry.end]) {
      const bounds = parseMonth(text);
      if (bounds) latest = Math.max(latest, bounds.earliest);
    }
  }
  return latest;
}

/** The end bounds of a span, reading "present" as `present`; falls back to the start. */
export function endBounds(span: Span, present: number): MonthBounds | null {
  if (span.current) return { earliest: present, latest: present };
  return span.end ?? span.start;
}
