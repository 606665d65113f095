/**
 * Groups a section's lines into entries. Date ranges on short non-bullet lines anchor entries
 * (one per position or degree); the short lines around an anchor are its header (title,
 * organisation, location), bullets and prose its body. When two anchors follow with no body in
 * between, the number of header lines the first entry had before its date decides where the
 * next entry starts — that is the section's layout ("Company / Title  Dates" repeats).
 */
import type { Line } from '../model/layout.js';
import { findDateRange, type DateMatch } from './dates.js';
import { hasBulletGlyph, stripBullet, stripIcons, wordCount } from './text.js';

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
const MAX_BEFORE = 3;

export function toEntryLines(lines: readonly Line[]): EntryLine[] {
  // Some templates mark each entry with a bold bullet and its details with plain ones: there
  // the bold bullet line is an entry header, not a detail.
  const plainBullets = lines.some((l) => !l.bold && isBulletLine(l));
  const entryLines = lines.map((line) => toEntryLine(line, plainBullets && line.bold));
  adoptTrailingDates(entryLines);
  return entryLines;
}

function isBulletLine(line: Line): boolean {
  return Boolean(line.bullet || line.listItem) || hasBulletGlyph(line.text);
}

function toEntryLine(line: Line, isBoldEntryMarker: boolean): EntryLine {
  // Wide gaps separate fields ("Company   City"), so runs of spaces are kept until split.
  const text = stripIcons(line.text).trim();
  const bullet = isBulletLine(line) && !isBoldEntryMarker;
  const body = isBulletLine(line) ? stripBullet(text) : text;
  const found = bullet ? null : findDateRange(body);
  const date = found && isAnchorDate(body, found) ? found : null;
  return withDate({ line, text: body, bullet, date: null, rest: body, isHeader: false }, date);
}

function withDate(el: EntryLine, date: DateMatch | null): EntryLine {
  const cut = date ? el.text.slice(0, date.index) + ' ' + el.text.slice(date.end) : el.text;
  const rest = cut.replace(DURATION_RE, ' ').replace(/^[\s,|–—:-]+|[\s,|–—:(-]+$/g, '');
  const words = wordCount(rest);
  // A full stop ends prose, but "Acme Inc." or "B.Sc." in a short header is an abbreviation.
  const isHeader = !el.bullet && words <= MAX_HEADER_WORDS && !(/[.!?]$/.test(rest) && words > 5);
  return { ...el, date, rest, isHeader };
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

/** A date in prose ("grew sales in 2019") is not an entry anchor; one at either end is. */
function isAnchorDate(text: string, match: DateMatch): boolean {
  if (wordCount(text) > MAX_HEADER_WORDS + 4) return false;
  if (!match.single) return true;
  return match.index <= 2 || match.end >= text.replace(/[\s)\]]+$/, '').length - 1;
}

export function groupEntries(lines: readonly EntryLine[]): EntryGroup[] {
  if (!lines.some((l) => l.date && l.isHeader)) return groupByHeaders(lines);
  const groups: EntryGroup[] = [];
  let pending: EntryLine[] = [];
  let current: EntryGroup | null = null;
  let before: number | null = null;
  const flush = (): void => {
    if (!current) {
      if (pending.length > 0) groups.push((current = { header: pending, anchor: null, body: [] }));
    } else if (current.body.length === 0) current.header.push(...pending);
    else current.body.push(...pending);
    pending = [];
  };
  for (const el of lines) {
    if (el.date && el.isHeader) {
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
      flush();
      if (current) current.body.push(el);
      else groups.push((current = { header: [], anchor: null, body: [el] }));
    }
  }
  flush();
  return groups;
}

/** No dates anywhere: each run of short header lines followed by bullets or prose is an entry. */
function groupByHeaders(lines: readonly EntryLine[]): EntryGroup[] {
  const groups: EntryGroup[] = [];
  let current: EntryGroup | null = null;
  for (const el of lines) {
    const startsEntry = el.isHeader && !el.bullet && (!current || current.body.length > 0);
    if (!current || startsEntry) groups.push((current = { header: [], anchor: null, body: [] }));
    if (el.isHeader && !el.bullet && current.body.length === 0) current.header.push(el);
    else current.body.push(el);
  }
  return groups;
}

/** Bullet texts, with wrapped continuation lines joined to the bullet they continue. */
export function collectBullets(body: readonly EntryLine[]): { bullets: string[]; prose: string[] } {
  const bullets: string[] = [];
  const prose: string[] = [];
  let last: 'bullet' | 'prose' | null = null;
  for (const el of body) {
    const previous = bullets[bullets.length - 1];
    const text = el.text.replace(/\s+/g, ' ');
    if (el.bullet) {
      bullets.push(text);
      last = 'bullet';
    } else if (last === 'bullet' && previous !== undefined && isContinuation(previous, text)) {
      bullets[bullets.length - 1] = `${previous} ${text}`;
    } else {
      prose.push(text);
      last = 'prose';
    }
  }
  return { bullets, prose };
}

function isContinuation(previous: string, next: string): boolean {
  return /^[\p{Ll}\d(]/u.test(next) || !/[.!?;:]$/.test(previous);
}
