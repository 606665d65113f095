/**
 * Groups a section's lines into entries. Date ranges on short non-bullet lines anchor entries
 * (one per position or degree); the short lines around an anchor are its header (title,
 * organisation, location), bullets and prose its body. When two anchors follow with no body in
 * between, the number of header lines the first entry had before its date decides where the
 * next entry starts — that is the section's layout ("Company / Title  Dates" repeats).
 */
import type { Line } from '../model/layout.js';
import { findDateRange, findDates, type DateMatch } from './dates.js';
import {
  dominantStyle,
  findContinuations,
  findEntryMarkers,
  isBulletLine,
  isMoreProminent,
} from './line-roles.js';
import { countWordRuns } from './char-scan.js';
import { stripBullet, stripIcons, wordCount } from './text.js';
import { isUndatedHead } from './entry-heads.js';

export interface EntryLine {
  line: Line;
  text: string;
  bullet: boolean;
  date: DateMatch | null;
  /** The text with the date (and a LinkedIn duration) cut out. */
  rest: string;
  isHeader: boolean;
}

export interface EntryGroup {
  header: EntryLine[];
  anchor: EntryLine | null;
  body: EntryLine[];
}

/** "(2 years 3 months)", "· 1 yr 2 mos": LinkedIn prints a duration after the dates. */
const DURATION_RE =
  /[(·]?\s*\d+\+?\s*(?:years?|yrs?|months?|mos?|jahre?n?|monate?n?|ans?|mois|años?|meses|anos?|лет|года?|мес\.?|年|个月|ヶ月)(?:\s+\d+\s*\p{L}+\.?)?\s*\)?/giu;
const MAX_HEADER_WORDS = 14;
const FIELD_START_RE = /(?:^|[|｜•·]|\s{3,}|\t)\s*(?:\p{L}+\.?\s+)?$/u;
const FIELD_END_RE = /^\s*(?:[|｜•·]|\s{3,}|\t|$)/u;
const MAX_BEFORE = 3;
const ABBREVIATION_END_RE =
  /(?:(?<!\p{L})\p{L}\.){2,}$|(?<!\p{L})(?:inc|ltd|co|corp|ltda|cia|jr|sr|bros|dr|prof|st)\.$/iu;

export function toEntryLines(lines: readonly Line[]): EntryLine[] {
  const markers = findEntryMarkers(lines);
  const continuations = findContinuations(lines, markers);
  const entryLines = lines.map((line, i) => {
    const next = lines[i + 1];
    const role = { isMarker: markers.has(line), continues: continuations.has(line) };
    const el = toEntryLine(line, role);
    // The first line of a wrapped paragraph is prose, however short its first line is.
    const wraps = next !== undefined && continuations.has(next) && !el.bullet && !el.date;
    return wraps ? { ...el, isHeader: false } : el;
  });
  adoptTrailingDates(entryLines);
  return entryLines;
}

function toEntryLine(line: Line, role: { isMarker: boolean; continues: boolean }): EntryLine {
  // Wide gaps separate fields ("Company   City"), so runs of spaces are kept until split.
  const text = stripIcons(line.text).trim();
  const bullet = isBulletLine(line) && !role.isMarker;
  const body = isBulletLine(line) ? stripBullet(text) : text;
  if (role.continues)
    return { line, text: body, bullet: false, date: null, rest: body, isHeader: false };
  const date = bullet ? null : findAnchorDate(body);
  return withDate({ line, text: body, bullet, date: null, rest: body, isHeader: false }, date);
}

function withDate(el: EntryLine, date: DateMatch | null): EntryLine {
  const cut = date ? el.text.slice(0, date.index) + ' ' + el.text.slice(date.end) : el.text;
  // "Analyst, Acme (Jan 2019 – Aug 2019)": the brackets left empty by the cut go too.
  // Every duration has a digit; the Unicode-aware pattern is not worth running without one.
  const rest = (/\d/.test(cut) ? cut.replace(DURATION_RE, ' ') : cut)
    .replace(/[([]\s*[)\]]/g, ' ')
    .replace(/^[\s,|–—:-]+|[\s,|–—:(-]+$/g, '');
  // Numbers ("GPA 3.7/4.0") do not make a line prose; only words do.
  const words = letterWordCount(rest);
  // A full stop ends prose, but "Acme Inc." or "B.Sc." in a short header is an abbreviation.
  const limit = date && !date.single ? MAX_HEADER_WORDS + 4 : MAX_HEADER_WORDS;
  const isHeader = !el.bullet && words <= limit && !(endsSentence(rest) && words > 5);
  return { ...el, date, rest, isHeader };
}

/** "Banco Horizonte S.A.", "Acme Inc.": a full stop after an abbreviation ends no sentence. */
function endsSentence(text: string): boolean {
  return /[.!?]$/.test(text) && !ABBREVIATION_END_RE.test(text);
}

const LETTER_WORDS = { startsWithLetter: true };

function letterWordCount(text: string): number {
  return countWordRuns(text, LETTER_WORDS);
}

/**
 * A right-aligned date column is often merged into the line below the entry header (the first
 * bullet). A header without a date followed by such a line takes the date back.
 */
function adoptTrailingDates(lines: EntryLine[]): void {
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const head = lines[i] as EntryLine;
    const next = lines[i + 1] as EntryLine;
    if (head.date || !head.isHeader || next.date || (next.isHeader && !next.bullet)) continue;
    const found = findDateRange(next.text);
    if (!found || found.single || found.end < next.text.replace(/\s+$/, '').length - 1) continue;
    lines[i] = withDate(head, null);
    lines[i] = { ...(lines[i] as EntryLine), date: found, rest: head.rest, isHeader: true };
    const cutText = next.text.slice(0, found.index).trimEnd();
    lines[i + 1] = { ...next, text: cutText, rest: cutText };
  }
}

/**
 * The date that anchors an entry: a range anywhere in a short line, else a single date at
 * either end ("Data Scientist   Summer 2012 and 2013" ends with one). A date inside prose
 * ("grew sales in 2019") is no anchor.
 */
function findAnchorDate(text: string): DateMatch | null {
  if (wordCount(text) > MAX_HEADER_WORDS + 4) return null;
  const dates = findDates(text);
  const range = dates.find((d) => !d.single);
  if (range) return range;
  const end = text.replace(/[\s)\]]+$/, '').length - 1;
  return (
    dates.find((d) => d.end >= end) ??
    dates.find((d) => d.index <= 2 || isOwnField(text, d)) ??
    null
  );
}

/** "Grad. May 2011 | Kolkata, India": the date fills a field of its own (one label word allowed). */
function isOwnField(text: string, date: DateMatch): boolean {
  const before = text.slice(0, date.index);
  const after = text.slice(date.end);
  return FIELD_START_RE.test(before) && FIELD_END_RE.test(after);
}

export function groupEntries(lines: readonly EntryLine[]): EntryGroup[] {
  if (!lines.some((l) => l.date && l.isHeader)) return groupByHeaders(lines);
  const groups: EntryGroup[] = [];
  let pending: EntryLine[] = [];
  let current: EntryGroup | null = null;
  let before: number | null = null;
  const flush = (next?: EntryLine): void => {
    if (!current) {
      if (pending.length > 0) groups.push((current = { header: pending, anchor: null, body: [] }));
    } else if (current.body.length === 0) current.header.push(...pending);
    else if (next && isUndatedHead(pending, next, groups))
      groups.push((current = { header: pending, anchor: null, body: [] }));
    else current.body.push(...pending);
    pending = [];
  };
  for (const el of lines) {
    // "University  2013 – Present" then "Master student, expected March 2016": a lone date right
    // under a range is that entry's graduation date, not a new entry.
    const isSecondDate =
      el.date?.single && current?.anchor?.date?.single === false && current.body.length === 0;
    if (el.date && el.isHeader && isSecondDate && pending.length === 0) {
      current?.header.push(el);
    } else if (el.date && el.isHeader) {
      let take = Math.min(pending.length, MAX_BEFORE);
      if (current && current.body.length === 0 && before !== null)
        take = Math.min(before, pending.length);
      const own = pending.slice(pending.length - take);
      pending = pending.slice(0, pending.length - take);
      flush();
      before ??= take;
      groups.push((current = { header: [...own, el], anchor: el, body: [] }));
    } else if (el.isHeader && !el.bullet && !/[:：]$/.test(el.rest)) {
      pending.push(el);
    } else {
      flush(el);
      if (current) current.body.push(el);
      else groups.push((current = { header: [], anchor: null, body: [el] }));
    }
  }
  flush();
  return groups;
}

/**
 * No dates anywhere: each run of short header lines followed by bullets or prose is an entry.
 * When some header lines are set above the body style (moderncv's larger "Title, Employer"
 * line, bold job titles in Word), only those start entries: the plain short lines between
 * them ("Description line 1", "Detailed achievements:") are the entry's text.
 */
function groupByHeaders(lines: readonly EntryLine[]): EntryGroup[] {
  const starts = prominentHeaders(lines);
  const groups: EntryGroup[] = [];
  let current: EntryGroup | null = null;
  for (const el of lines) {
    const canStart = starts ? starts.has(el) : el.isHeader && !el.bullet;
    const isHead = canStart || (el.isHeader && !el.bullet);
    // A prominent line after plain ones opens the next entry, even with no body in between.
    const afterPlain = starts !== null && current?.header.some((h) => !starts.has(h));
    if (!current || (canStart && (current.body.length > 0 || afterPlain)))
      groups.push((current = { header: [], anchor: null, body: [] }));
    if (isHead && current.body.length === 0) current.header.push(el);
    else current.body.push(el);
  }
  return groups;
}

/**
 * Short lines more prominent than the section's body style, when at least two exist. Their
 * style makes them headers even when they end in a full stop ("Job title, Employer, City.").
 */
function prominentHeaders(lines: readonly EntryLine[]): Set<EntryLine> | null {
  const style = dominantStyle(lines.map((l) => l.line));
  if (!style) return null;
  const short = lines.filter((l) => !l.bullet && letterWordCount(l.rest) <= MAX_HEADER_WORDS);
  const prominent = short.filter((l) => isMoreProminent(l.line, style));
  return prominent.length >= 2 && prominent.length < short.length ? new Set(prominent) : null;
}
