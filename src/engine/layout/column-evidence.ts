/**
 * Is a clear vertical band a real gutter, or white space inside one column? Real columns have
 * their own vertical rhythm: the narrower side holds lists and paragraphs whose lines fall between
 * the wide side's lines, or stacked blocks that the wide side does not mirror line for line.
 * Look-alikes lack that rhythm: right-aligned dates and left-margin date labels sit one per entry
 * on (or centred beside) a wide-side line, label/value grids and two-column skill lists mirror the
 * other side row for row (tables.ts reads those as tables).
 */
import type { Box } from '../model/document.js';

/** What column detection looks at: one span's box, its baseline row and size. */
export interface Piece {
  box: Box;
  row: number;
  baseline: number;
  fontSize: number;
}

/** One baseline row of one side of a gutter. */
interface SideRow {
  baseline: number;
  size: number;
  left: number;
  right: number;
}

const MIN_SIDE_ROWS = 4;
/** Each side must reach down this share of the page's body height. */
const MIN_SIDE_HEIGHT = 0.2;
/** Lines closer than this many font sizes are one block (leading is 1.1-1.5 em). */
const STACKED = 1.7;
/**
 * Wide-side lines this close are one block for the interleaving test: loose leading (1.8 em)
 * still leaves no room for a label centred between two entries (2.5 em and more).
 */
const INTERLEAVED = 2.2;
/** A block of this many lines is a list or paragraph, not a wrapped label ("01/2017 –" "03/2021"). */
const MIN_BLOCK = 3;
/** Share of the narrower side's rows that must show an independent rhythm. */
const MIN_INDEPENDENT = 0.3;

export function rightOf(piece: Piece): number {
  return piece.box.x + piece.box.width;
}

function sideRows(pieces: Piece[]): SideRow[] {
  const rows = new Map<number, SideRow>();
  for (const p of pieces) {
    const row = rows.get(p.row);
    if (!row) {
      rows.set(p.row, { baseline: p.baseline, size: p.fontSize, left: p.box.x, right: rightOf(p) });
      continue;
    }
    row.size = Math.max(row.size, p.fontSize);
    row.left = Math.min(row.left, p.box.x);
    row.right = Math.max(row.right, rightOf(p));
  }
  return [...rows.values()].sort((a, b) => a.baseline - b.baseline);
}

/**
 * Table cells and tabbed dates share a baseline exactly; rows that merely cluster together (two
 * columns with similar leading, 2-3 pt apart) are not partners.
 */
function partnerOf(row: SideRow, others: SideRow[]): boolean {
  const tolerance = Math.max(0.5, 0.06 * row.size);
  return others.some((o) => Math.abs(o.baseline - row.baseline) <= tolerance);
}

/** The row lies between two consecutive lines of one block on the other side. */
function isInterleaved(row: SideRow, others: SideRow[]): boolean {
  let above: SideRow | undefined;
  let below: SideRow | undefined;
  for (const o of others) {
    if (o.baseline < row.baseline) above = o;
    else if (o.baseline > row.baseline) {
      below = o;
      break;
    }
  }
  if (!above || !below) return false;
  return below.baseline - above.baseline <= INTERLEAVED * Math.min(above.size, below.size);
}

/** Consecutive lines of one block; the smaller size decides, so a big heading does not join. */
function isStacked(upper: SideRow, lower: SideRow): boolean {
  return lower.baseline - upper.baseline <= STACKED * Math.min(upper.size, lower.size);
}

/**
 * Rows of the narrow side that keep their own rhythm against the wide side: unpartnered rows that
 * fall between two lines of a wide-side block, or that belong to a list or paragraph of their own.
 */
function countIndependentRows(narrow: SideRow[], wide: SideRow[]): number {
  const partnered = narrow.map((row) => partnerOf(row, wide));
  let independent = 0;
  let start = 0;
  for (let i = 1; i <= narrow.length; i++) {
    if (i < narrow.length && isStacked(narrow[i - 1]!, narrow[i]!)) continue;
    const isBlock = i - start >= MIN_BLOCK;
    for (let k = start; k < i; k++) {
      if (!partnered[k] && (isBlock || isInterleaved(narrow[k]!, wide))) independent++;
    }
    start = i;
  }
  return independent;
}

/** Share of rows whose edge lies within 2 pt of the most common edge. */
function alignedShare(edges: number[]): number {
  if (edges.length === 0) return 0;
  const counts = new Map<number, number>();
  for (const edge of edges.map(Math.round))
    for (let near = edge - 2; near <= edge + 2; near++)
      counts.set(near, (counts.get(near) ?? 0) + 1);
  return Math.max(...counts.values()) / edges.length;
}

function extent(rows: SideRow[]): number {
  if (rows.length === 0) return 0;
  return rows[rows.length - 1]!.baseline - rows[0]!.baseline + rows[0]!.size;
}

function textAmount(pieces: Piece[]): number {
  return pieces.reduce((sum, p) => sum + p.box.width, 0);
}

/**
 * @param left pieces left of the gutter inside its zone; `right` likewise.
 * @param bodyHeight height of the page's body text, for the minimum side height.
 */
export function isColumnGutter(left: Piece[], right: Piece[], bodyHeight: number): boolean {
  const leftRows = sideRows(left);
  const rightRows = sideRows(right);
  for (const rows of [leftRows, rightRows]) {
    if (rows.length < MIN_SIDE_ROWS || extent(rows) < MIN_SIDE_HEIGHT * bodyHeight) return false;
  }
  const isLeftNarrow = textAmount(left) <= textAmount(right);
  const [narrow, wide] = isLeftNarrow ? [leftRows, rightRows] : [rightRows, leftRows];
  // Ragged-left text on the right is a column of right-aligned dates, never body text.
  if (!isLeftNarrow) {
    const flushLeft = alignedShare(narrow.map((r) => r.left));
    const flushRight = alignedShare(narrow.map((r) => r.right));
    if (flushRight > flushLeft + 0.2) return false;
  }
  const independent = countIndependentRows(narrow, wide);
  return independent >= MIN_SIDE_ROWS - 1 && independent >= MIN_INDEPENDENT * narrow.length;
}
