/**
 * Finds dates and date ranges in a line: month names in eight languages, numeric forms
 * (03/2018, 2018.03, 2020年3月), seasons, two-digit end years (2019–21), open ranges ("since
 * 2020", "seit 2020", "с 2019") and "until now" words. Atoms are found with one linear regex;
 * ranges are then built by looking at the short gap between neighbouring atoms, so no
 * backtracking regex ever spans a whole line.
 */
import type { DateRange, PartialDate } from '../model/resume.js';
import { MONTHS, PRESENT_SOURCE, SEASONS, SINCE_SOURCE } from './date-words.js';
import { foldText } from './text.js';

export interface DateMatch {
  range: DateRange;
  /** Span of the matched text in the line, so callers can cut it out. */
  index: number;
  end: number;
  /** One date rather than a range (a graduation date, "May 2020"). */
  single: boolean;
}

interface Atom {
  date: PartialDate | null;
  present: boolean;
  index: number;
  end: number;
}

const YEAR = '(?:19[4-9]\\d|20[0-6]\\d)';
const ATOM_RE = new RegExp(
  [
    `(?<cy>${YEAR})\\s?年(?:\\s?(?<cm>\\d{1,2})\\s?月)?`,
    // "2018.03", "2018/3", "2020 . 03": dots and slashes may be spaced, a hyphen may not.
    `(?<yy>${YEAR})(?:(?<ys>-)|\\s?[./]\\s?)(?<ym>1[0-2]|0?[1-9])(?![\\d])`,
    `(?:\\d{1,2}[./])?(?<mm>1[0-2]|0?[1-9])[./-](?<my>${YEAR})`,
    // "Jan 2020", "jan/2021", "Sept. 2019", "May 5, 2020"; a year followed by "-03" or ".03" is
    // a numeric date of its own, but "Jan 2020-Dec 2021" is a range; "商事 2020 年" is a CJK date.
    `(?<w>\\p{L}{2,14})\\.?[,/]?\\s?(?:\\d{1,2},?\\s)?(?<wy>${YEAR}(?!\\d|\\s?年|-\\d|\\s?[./]\\s?(?:1[0-2]|0?[1-9])(?!\\d))|['’‘]\\d{2}(?!\\d))`,
    `(?<y>${YEAR})`,
    `(?<p>${PRESENT_SOURCE})`,
  ].join('|'),
  'giu',
);

/**
 * What every dated atom contains: a year, or the "'19" of a month with a short year. Without
 * one, ATOM_RE finds at most "present" words, which make no match; this plain test is far
 * cheaper than running ATOM_RE over the line.
 */
const DATED_RE = new RegExp(`${YEAR}|['’‘]\\d{2}`);

/** Range separators; an end date may be marked as expected ("– Exp. Jun 2017", "bis voraussichtl."). */
const SEP_RE =
  /^\s*(?:(?:[-–—~〜～→]+|to|until|till|through|thru|bis|à|au|a|al|hasta|até|ate|по|до|tot|al)\s*){1,2}(?:(?:exp(?:ected)?|anticipated|voraussichtl(?:ich)?|prévu|previsto|prevista)\.?\s*)?$/iu;
const SINCE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${SINCE_SOURCE})\\s*$`, 'iu');
const PREFIX_RE = /(?:^|[^\p{L}])(?:from|von|vom|de|du|del|dal|с|со|van)\s*$/iu;
/** "2019–21"; "2019 - 20XX" (a placeholder) or "2019-2020s" is no short end year. */
const SHORT_END_RE = /^\s*[-–—]\s*(\d{2})(?![\p{L}\p{N}./])/u;
const MONTH_BEFORE_RE = /(\p{L}{3,10})\.?\s*[-–—]\s*$/u;

export function findDates(text: string): DateMatch[] {
  if (!DATED_RE.test(text)) return [];
  const atoms = findAtoms(text);
  const matches: DateMatch[] = [];
  for (let i = 0; i < atoms.length; i += 1) {
    const atom = atoms[i] as Atom;
    if (!atom.date) continue;
    const next = atoms[i + 1];
    let start = atom.date;
    let index = atom.index;
    const monthBefore = MONTH_BEFORE_RE.exec(text.slice(Math.max(0, index - 16), index));
    const monthOnly = monthBefore ? MONTHS.get(foldText(monthBefore[1] ?? '')) : undefined;
    if (monthBefore && monthOnly) {
      // "Jan – Mar 2020": the year printed once serves both months.
      start = { year: atom.date.year, month: monthOnly };
      index -= monthBefore[0].length;
      matches.push(build(text, index, atom.end, start, atom.date, false, false));
      continue;
    }
    if (next && SEP_RE.test(text.slice(atom.end, next.index)) && next.index - atom.end <= 20) {
      const end = next.present ? null : next.date;
      matches.push(build(text, withPrefix(text, index), next.end, start, end, next.present, false));
      i += 1;
      continue;
    }
    const short = SHORT_END_RE.exec(text.slice(atom.end));
    if (short && !atom.date.month) {
      const endYear = completeYear(atom.date.year, Number(short[1]));
      if (endYear) {
        const end = atom.end + short[0].length;
        matches.push(
          build(text, withPrefix(text, index), end, start, { year: endYear }, false, false),
        );
        continue;
      }
    }
    const since = SINCE_RE.exec(text.slice(Math.max(0, index - 20), index));
    if (since) {
      matches.push(
        build(
          text,
          index - since[0].replace(/^[^\p{L}]/u, '').length,
          atom.end,
          start,
          null,
          true,
          false,
        ),
      );
      continue;
    }
    matches.push(build(text, index, atom.end, start, start, false, true));
  }
  return matches;
}

/** The widest range in the line, or its only date: what an entry header line carries. */
export function findDateRange(text: string): DateMatch | null {
  let best: DateMatch | null = null;
  for (const match of findDates(text)) {
    if (!best || (best.single && !match.single)) best = match;
  }
  return best;
}

export function formatDate(date: PartialDate | null): string | null {
  if (!date) return null;
  if (!date.month || date.approximate) return String(date.year);
  return `${date.year}-${String(date.month).padStart(2, '0')}`;
}

function findAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  for (const m of text.matchAll(ATOM_RE)) {
    const index = m.index;
    const end = index + m[0].length;
    const before = text[index - 1] ?? ' ';
    const after = text[end] ?? ' ';
    const g = m.groups ?? {};
    const isCjk = g.cy !== undefined || (g.p !== undefined && /^[\p{Script=Han}]/u.test(g.p));
    // Atoms inside longer words or numbers ("v2019", "12019") are not dates.
    if (!isCjk && (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after))) continue;
    const atom = toAtom(g, index, end);
    if (atom) atoms.push(atom);
  }
  return atoms;
}

function toAtom(g: Record<string, string | undefined>, index: number, end: number): Atom | null {
  const date = (year: string | undefined, month?: number, approximate?: boolean): Atom => ({
    date: {
      year: Number(year),
      ...(month ? { month } : {}),
      ...(approximate ? { approximate } : {}),
    },
    present: false,
    index,
    end,
  });
  if (g.cy) return date(g.cy, g.cm ? validMonth(Number(g.cm)) : undefined);
  if (g.yy) {
    const month = Number(g.ym);
    // "2010-12" is more likely 2010–2012 than December: modern years' last digits exceed 12.
    const year = Number(g.yy);
    if (g.ys === '-' && (g.ym ?? '').length === 2 && month > year % 100)
      return { ...date(g.yy), end: index + 4 };
    return date(g.yy, month);
  }
  if (g.my) return date(g.my, Number(g.mm));
  if (g.w && g.wy) {
    const word = foldText(g.w);
    const year = g.wy.length === 4 ? g.wy : expandShortYear(g.wy);
    const month = MONTHS.get(word);
    if (month) return date(year, month);
    const season = SEASONS.get(word);
    if (season) return date(year, season, true);
    // Not a month word: keep the year on its own ("Google 2019").
    if (g.wy.length === 4) return { ...date(g.wy), index: end - 4 };
    return null;
  }
  if (g.y) return date(g.y);
  if (g.p) return { date: null, present: true, index, end };
  return null;
}

function expandShortYear(text: string): string {
  const yy = Number(text.slice(1));
  return String(yy <= 60 ? 2000 + yy : 1900 + yy);
}

function validMonth(month: number): number | undefined {
  return month >= 1 && month <= 12 ? month : undefined;
}

function completeYear(startYear: number, yy: number): number | null {
  let year = Math.floor(startYear / 100) * 100 + yy;
  if (year < startYear) year += 100;
  return year - startYear <= 15 ? year : null;
}

function withPrefix(text: string, index: number): number {
  const prefix = PREFIX_RE.exec(text.slice(Math.max(0, index - 8), index));
  return prefix ? index - prefix[0].replace(/^[^\p{L}]/u, '').length : index;
}

function build(
  text: string,
  index: number,
  end: number,
  start: PartialDate,
  endDate: PartialDate | null,
  current: boolean,
  single: boolean,
): DateMatch {
  return {
    range: { start, end: endDate, current, raw: text.slice(index, end).trim() },
    index,
    end,
    single,
  };
}
