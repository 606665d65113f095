/**
 * Column detection: a gutter is a vertical band that no fragment crosses (full-width headings
 * aside) with text on both sides down a good part of the page. Two look-alikes are rejected:
 * right-aligned dates and left-margin date labels share their baselines with the text beside them,
 * and so do table cells; real columns flow independently, so few baselines line up.
 */
import type { Box } from '../model/document.js';
import { makeFragment, type Fragment } from './lines.js';

/** What column detection looks at: one span's box and its baseline row. */
interface Piece {
  box: Box;
  row: number;
}

export interface ColumnLayout {
  /** x ranges of the columns, left to right. */
  ranges: Array<{ x0: number; x1: number }>;
  /** Column index per fragment, or -1 for fragments spanning a gutter (full width). */
  columnOf: Map<Fragment, number>;
  /** The page's fragments, split where a gutter runs between their spans. */
  fragments: Fragment[];
}

const MIN_GUTTER = 6;
/** Share of the smaller side's rows that may line up with the other side's rows. */
const MAX_SHARED_BASELINES = 0.45;
/** Same, for a flush-left smaller side (sidebars with equal leading line up often). */
const MAX_SHARED_BASELINES_ALIGNED = 0.85;
/** Each side needs this many fragments and this share of the body height. */
const MIN_SIDE_FRAGMENTS = 4;
const MIN_SIDE_HEIGHT = 0.4;

interface Gutter {
  x: number;
  width: number;
}

function right(fragment: Piece): number {
  return fragment.box.x + fragment.box.width;
}

/**
 * The gutter's position is the middle of the least-covered stretch of a band: a heading that
 * crosses part of the band must not pull the split into one column's text.
 */
function emptiestPart(coverage: Uint16Array, start: number, end: number, x0: number): Gutter {
  let min = Infinity;
  for (let x = start; x < end; x++) min = Math.min(min, coverage[x]!);
  let bestStart = start;
  let bestLength = 0;
  let runStart = -1;
  for (let x = start; x <= end; x++) {
    const isMin = x < end && coverage[x] === min;
    if (isMin && runStart < 0) runStart = x;
    if (!isMin && runStart >= 0) {
      if (x - runStart > bestLength) [bestStart, bestLength] = [runStart, x - runStart];
      runStart = -1;
    }
  }
  return { x: x0 + bestStart + bestLength / 2, width: end - start };
}

/** Candidate gutters: x bands crossed by at most `allowed` fragments, widest first. */
function findBands(fragments: Piece[], x0: number, x1: number, allowed: number): Gutter[] {
  const width = Math.ceil(x1 - x0) + 1;
  if (width <= 0 || width > 20000) return [];
  const coverage = new Uint16Array(width);
  for (const fragment of fragments) {
    const from = Math.max(0, Math.floor(fragment.box.x - x0));
    const to = Math.min(width - 1, Math.ceil(right(fragment) - x0));
    for (let x = from; x <= to; x++) coverage[x] = Math.min(65535, coverage[x]! + 1);
  }
  const bands: Gutter[] = [];
  let start = -1;
  for (let x = 0; x <= width; x++) {
    const open = x < width && coverage[x]! <= allowed;
    if (open && start < 0) start = x;
    if (!open && start >= 0) {
      if (start > 0 && x < width && x - start >= MIN_GUTTER)
        bands.push(emptiestPart(coverage, start, x, x0));
      start = -1;
    }
  }
  return bands.sort((a, b) => b.width - a.width);
}

function verticalExtent(fragments: Piece[]): number {
  if (fragments.length === 0) return 0;
  const top = Math.min(...fragments.map((f) => f.box.y));
  const bottom = Math.max(...fragments.map((f) => f.box.y + f.box.height));
  return bottom - top;
}

function sharedBaselineRatio(small: Piece[], other: Piece[]): number {
  const rows = new Set(other.map((f) => f.row));
  const smallRows = new Set(small.map((f) => f.row));
  let shared = 0;
  for (const row of smallRows) if (rows.has(row)) shared++;
  return smallRows.size === 0 ? 1 : shared / smallRows.size;
}

/** Share of rows whose first (or last) piece starts (or ends) within 2pt of the most common edge. */
function alignedShare(pieces: Piece[], edge: (p: Piece) => number, pick: 'first' | 'last'): number {
  const byRow = new Map<number, Piece>();
  for (const piece of pieces) {
    const current = byRow.get(piece.row);
    const better =
      !current || (pick === 'first' ? piece.box.x < current.box.x : right(piece) > right(current));
    if (better) byRow.set(piece.row, piece);
  }
  const edges = [...byRow.values()].map((p) => Math.round(edge(p)));
  const counts = new Map<number, number>();
  for (const e of edges)
    for (const near of [e - 2, e - 1, e, e + 1, e + 2])
      counts.set(near, (counts.get(near) ?? 0) + 1);
  return edges.length === 0 ? 0 : Math.max(...counts.values()) / edges.length;
}

function isValidGutter(gutter: Gutter, fragments: Piece[], bodyHeight: number): boolean {
  const left = fragments.filter((f) => right(f) < gutter.x);
  const rightSide = fragments.filter((f) => f.box.x > gutter.x);
  for (const side of [left, rightSide]) {
    if (side.length < MIN_SIDE_FRAGMENTS) return false;
    if (verticalExtent(side) < MIN_SIDE_HEIGHT * bodyHeight) return false;
  }
  const [small, big] = left.length <= rightSide.length ? [left, rightSide] : [rightSide, left];
  const shared = sharedBaselineRatio(small, big);
  // Label/value grids and tables: nearly every row of the smaller side has a partner.
  if (shared > MAX_SHARED_BASELINES_ALIGNED) return false;
  // Dates set flush right against a margin (or against the content, moderncv-style) are ragged
  // on the left; a sidebar's text starts at one x. Sidebars with the same leading as the main
  // column share many baselines by accident, so alignment decides, not sharing alone.
  const flushLeft = alignedShare(small, (p) => p.box.x, 'first');
  const flushRight = alignedShare(small, right, 'last');
  if (flushRight > flushLeft) return shared <= MAX_SHARED_BASELINES;
  return true;
}

function splitRange(
  fragments: Piece[],
  x0: number,
  x1: number,
  bodyHeight: number,
  depth: number,
): number[] {
  if (depth > 2 || fragments.length < 2 * MIN_SIDE_FRAGMENTS) return [];
  // Full-width headings and name banners may cross a gutter; a few percent of fragments at most.
  const allowed = Math.max(1, Math.floor(fragments.length * 0.04));
  for (const band of findBands(fragments, x0, x1, allowed)) {
    if (!isValidGutter(band, fragments, bodyHeight)) continue;
    const left = fragments.filter((f) => right(f) < band.x);
    const rightSide = fragments.filter((f) => f.box.x > band.x);
    return [
      ...splitRange(left, x0, band.x, bodyHeight, depth + 1),
      band.x,
      ...splitRange(rightSide, band.x, x1, bodyHeight, depth + 1),
    ];
  }
  return [];
}

/**
 * Columns are found from span boxes, not fragments: in a tight layout a main-column line can end
 * less than an em before the sidebar's text starts, which merges the two into one fragment.
 */
export function detectColumns(
  fragments: Fragment[],
  margins?: { x0: number; x1: number },
): ColumnLayout {
  const columnOf = new Map<Fragment, number>();
  if (fragments.length === 0) return { ranges: [], columnOf, fragments };
  const pieces = fragments.flatMap((f) => f.spans.map((span) => ({ box: span.box, row: f.row })));
  const x0 = Math.min(...pieces.map((p) => p.box.x));
  const x1 = Math.max(...pieces.map(right));
  const gutters = splitRange(pieces, x0, x1, verticalExtent(pieces), 0);
  // Column widths are measured between the document's text margins, so a short last column on
  // one page is not mistaken for a narrow one.
  const edges = [Math.min(x0, margins?.x0 ?? x0), ...gutters, Math.max(x1, margins?.x1 ?? x1)];
  const ranges = edges.slice(1).map((edge, i) => ({ x0: edges[i]!, x1: edge }));
  const rangeOf = (box: Box) =>
    ranges.findIndex((r) => box.x >= r.x0 - 0.5 && box.x + box.width <= r.x1 + 0.5);
  const split: Fragment[] = [];
  for (const fragment of fragments) {
    const parts = new Map<number, Fragment['spans']>();
    for (const span of fragment.spans) {
      const index = rangeOf(span.box);
      parts.set(index, [...(parts.get(index) ?? []), span]);
    }
    if (parts.size === 1 || parts.has(-1)) {
      split.push(fragment);
      columnOf.set(fragment, rangeOf(fragment.box));
      continue;
    }
    for (const [index, spans] of parts) {
      const part = makeFragment(spans, fragment.row);
      split.push(part);
      columnOf.set(part, index);
    }
  }
  return { ranges, columnOf, fragments: split };
}
