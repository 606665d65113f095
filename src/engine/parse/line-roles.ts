/**
 * Typographic roles of a section's lines, decided before entries are grouped:
 * - continuations: PDF lines that only wrap the bullet or paragraph above them, so a year at the
 *   end of a wrapped bullet ("…revenue in 2015") never anchors an entry of its own;
 * - entry markers: bullet lines printed more prominently (bold or larger) than the section's
 *   other bullets, as templates that bullet the employer line and sub-bullet the details do;
 * - prominent lines: lines set in a style more prominent than the section's body text, which
 *   start entries when a section has no dates to anchor them.
 */
import type { Line } from '../model/layout.js';
import { findDateRange } from './dates.js';
import { hasBulletGlyph, wordCount } from './text.js';

/** A wrapped line reaches within this share of the column width from its right edge. */
const WRAP_SLACK = 0.12;
/** Prose this long is body text, never an entry header. */
const PROSE_WORDS = 15;
/** "to $1.6 billion", "(incl. spacing": a lower-case first word; "iOS" or "eBay" is a name. */
const LOWER_START_RE = /^(?:\p{Ll}+(?=[\s,;]|$)|\()/u;
/** Words a column-wide sentence needs before its next line is read as its continuation. */
const WRAP_PROSE_WORDS = 8;
/** Point-size difference that makes one style more prominent than another. */
const SIZE_STEP = 0.5;

export function isBulletLine(line: Line): boolean {
  return Boolean(line.bullet || line.listItem) || hasBulletGlyph(line.text);
}

interface Style {
  size: number;
  bold: boolean;
}

const styleOf = (line: Line): Style => ({ size: line.fontSize ?? 0, bold: line.bold });
export const sameStyle = (a: Line, b: Line): boolean =>
  a.bold === b.bold && Math.abs((a.fontSize ?? 0) - (b.fontSize ?? 0)) < SIZE_STEP;

/** The most common style among the lines (by count), or null when there are none. */
export function dominantStyle(lines: readonly Line[]): Style | null {
  const counts = new Map<string, { style: Style; count: number }>();
  for (const line of lines) {
    const style = styleOf(line);
    const key = `${Math.round(style.size * 2)}|${style.bold}`;
    const entry = counts.get(key) ?? { style, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  // On a tie the plainer style is the body: headers are the ones that stand out.
  const weight = (style: Style): number => style.size + (style.bold ? SIZE_STEP : 0);
  let best: { style: Style; count: number } | null = null;
  for (const entry of counts.values()) {
    const isPlainer =
      best && entry.count === best.count && weight(entry.style) < weight(best.style);
    if (!best || entry.count > best.count || isPlainer) best = entry;
  }
  return best?.style ?? null;
}

export function isMoreProminent(line: Line, than: Style): boolean {
  if (line.fontSize === undefined) return line.bold && !than.bold;
  if (line.fontSize >= than.size + SIZE_STEP) return true;
  return line.bold && !than.bold && line.fontSize > than.size - SIZE_STEP;
}

/** Bullet lines styled above the section's usual bullets: they head entries. */
export function findEntryMarkers(lines: readonly Line[]): Set<Line> {
  const bullets = lines.filter(isBulletLine);
  const usual = dominantStyle(bullets);
  const markers = new Set<Line>();
  if (!usual) return markers;
  for (const line of bullets) if (isMoreProminent(line, usual)) markers.add(line);
  // Every bullet prominent means there is no plainer kind to contrast with.
  return markers.size < bullets.length ? markers : new Set();
}

/**
 * Lines that continue the previous body line. A lower-case start always continues; otherwise
 * the previous line must fill the column (it wrapped) in the same style, which only PDF
 * geometry shows — DOCX and text paragraphs never wrap into separate lines.
 */
export function findContinuations(lines: readonly Line[], markers: Set<Line>): Set<Line> {
  const right = Math.max(0, ...lines.map((l) => (l.box ? l.box.x + l.box.width : 0)));
  const left = Math.min(...lines.map((l) => l.box?.x ?? Infinity));
  const width = right - left;
  const continuations = new Set<Line>();
  let inBody = false;
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const isBullet = isBulletLine(line) && !markers.has(line);
    if (isBullet) {
      inBody = true;
      return;
    }
    const text = line.text.trim();
    const next = lines[i + 1];
    // "Chargée de marketing CRM — Voyages Azur" above "sept. 2017 – déc. 2020" heads an entry.
    const headsDatedEntry = (): boolean =>
      next !== undefined && !LOWER_START_RE.test(text) && isRangeLine(next.text);
    const continues =
      inBody &&
      previous !== undefined &&
      sameStyle(previous, line) &&
      line.page === previous.page &&
      (LOWER_START_RE.test(text) || (reachesRight(previous, right, width) && !isRangeLine(text))) &&
      !headsDatedEntry();
    if (continues) continuations.add(line);
    inBody = continues || wordCount(text) >= PROSE_WORDS || isWrappedProse(line, right, width);
  });
  return continuations;
}

/**
 * A plain sentence that fills the column ("Own the analytics product line. Grew weekly active
 * users") wraps onto the next line even when short; mostly lower-case words tell it from a
 * Title Case header that happens to be long.
 */
function isWrappedProse(line: Line, right: number, width: number): boolean {
  const words = line.text.match(/\p{L}+/gu) ?? [];
  if (words.length < WRAP_PROSE_WORDS || !reachesRight(line, right, width)) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower * 2 >= words.length && !isRangeLine(line.text);
}

function reachesRight(line: Line, right: number, width: number): boolean {
  if (!line.box || width <= 0) return false;
  if (/[.!?;:]\s*$/.test(line.text)) return false;
  return line.box.x + line.box.width >= right - width * WRAP_SLACK;
}

/** A line carrying a date range is a header even after a full-width line. */
function isRangeLine(text: string): boolean {
  const found = findDateRange(text);
  return found !== null && !found.single;
}
