/**
 * Column detection. A gutter is a vertical band that no line crosses over a long stretch of the
 * page (gutter-bands.ts, gutter-zone.ts) and that separates text with its own rhythm on each side
 * (column-evidence.ts), so right-aligned dates, date labels and label/value grids stay in their
 * lines. Rows above or below the gutter's zone (a full-width header, a closing block) are read in
 * place as full-width rows.
 */
import type { Box } from '../model/document.js';
import { isColumnGutter, rightOf, type Piece } from './column-evidence.js';
import { findBands } from './gutter-bands.js';
import { findGutterZone, type GutterZone } from './gutter-zone.js';
import { makeFragment, type Fragment } from './lines.js';

export interface ColumnLayout {
  /** x ranges of the columns, left to right. */
  ranges: Array<{ x0: number; x1: number }>;
  /** Column index per fragment, or -1 for fragments read as full-width rows. */
  columnOf: Map<Fragment, number>;
  /** The page's fragments, split where a gutter runs between their spans. */
  fragments: Fragment[];
}

/** A nested gutter (a third column) must run down nearly all of its parent column. */
const NESTED_ZONE_SHARE = 0.9;

function verticalExtent(pieces: Piece[]): number {
  let top = Infinity;
  let bottom = -Infinity;
  for (const p of pieces) {
    top = Math.min(top, p.box.y);
    bottom = Math.max(bottom, p.box.y + p.box.height);
  }
  return Math.max(0, bottom - top);
}

function findGutter(pieces: Piece[], x0: number, x1: number, bodyHeight: number) {
  for (const band of findBands(pieces, x0, x1)) {
    const zone = findGutterZone(pieces, band.x);
    if (zone && isColumnGutter(zone.left, zone.right, bodyHeight)) return { x: band.x, zone };
  }
  return undefined;
}

function rowCount(pieces: Piece[]): number {
  return new Set(pieces.map((p) => p.row)).size;
}

/** Gutters inside one column's pieces, for three-column pages. */
function nestedGutters(
  pieces: Piece[],
  x0: number,
  x1: number,
  bodyHeight: number,
  depth: number,
): number[] {
  if (depth > 1 || pieces.length < 8) return [];
  const found = findGutter(pieces, x0, x1, bodyHeight);
  if (!found) return [];
  const { zone } = found;
  const covered = rowCount([...zone.left, ...zone.right]);
  if (covered < NESTED_ZONE_SHARE * rowCount(pieces)) return [];
  return [
    ...nestedGutters(zone.left, x0, found.x, bodyHeight, depth + 1),
    found.x,
    ...nestedGutters(zone.right, found.x, x1, bodyHeight, depth + 1),
  ];
}

function splitByRanges(
  fragments: Fragment[],
  ranges: ColumnLayout['ranges'],
  zone: GutterZone | undefined,
): ColumnLayout {
  const columnOf = new Map<Fragment, number>();
  const rangeOf = (box: Box) =>
    ranges.findIndex((r) => box.x >= r.x0 - 0.5 && box.x + box.width <= r.x1 + 0.5);
  const split: Fragment[] = [];
  for (const fragment of fragments) {
    const outside = zone && (fragment.row < zone.firstRow || fragment.row > zone.lastRow);
    const parts = new Map<number, Fragment['spans']>();
    for (const span of fragment.spans) {
      const index = rangeOf(span.box);
      const part = parts.get(index);
      if (part) part.push(span);
      else parts.set(index, [span]);
    }
    if (outside || parts.size === 1 || parts.has(-1)) {
      split.push(fragment);
      columnOf.set(fragment, outside ? -1 : rangeOf(fragment.box));
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

/**
 * Columns are found from span boxes, not fragments: in a tight layout a main-column line can end
 * less than an em before the sidebar's text starts, which merges the two into one fragment.
 */
export function detectColumns(
  fragments: Fragment[],
  margins?: { x0: number; x1: number },
): ColumnLayout {
  if (fragments.length === 0) return { ranges: [], columnOf: new Map(), fragments };
  const pieces: Piece[] = fragments.flatMap((f) =>
    f.spans.map((span) => ({
      box: span.box,
      row: f.row,
      baseline: span.baseline,
      fontSize: span.fontSize,
    })),
  );
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const piece of pieces) {
    x0 = Math.min(x0, piece.box.x);
    x1 = Math.max(x1, rightOf(piece));
  }
  const bodyHeight = verticalExtent(pieces);
  const found = findGutter(pieces, x0, x1, bodyHeight);
  const gutters = found
    ? [
        ...nestedGutters(found.zone.left, x0, found.x, bodyHeight, 1),
        found.x,
        ...nestedGutters(found.zone.right, found.x, x1, bodyHeight, 1),
      ]
    : [];
  // Column widths are measured between the document's text margins, so a short last column on
  // one page is not mistaken for a narrow one.
  const edges = [Math.min(x0, margins?.x0 ?? x0), ...gutters, Math.max(x1, margins?.x1 ?? x1)];
  const ranges = edges.slice(1).map((edge, i) => ({ x0: edges[i]!, x1: edge }));
  return splitByRanges(fragments, ranges, found?.zone);
}
