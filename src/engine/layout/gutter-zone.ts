/**
 * Where, vertically, a gutter runs: the longest stretch of baseline rows that no text crosses at
 * the gutter line. Columns often start below a full-width header (name, contact, summary) or end
 * above a full-width block; those rows cross the gutter and stay outside the zone, read in place.
 * A single crossing row inside the stretch (a main-column line overflowing into the gutter) does
 * not end it.
 */
import { rightOf, type Piece } from './column-evidence.js';

export interface GutterZone {
  /** First and last baseline row of the zone (row indices, inclusive). */
  firstRow: number;
  lastRow: number;
  left: Piece[];
  right: Piece[];
}

export function crosses(piece: Piece, x: number): boolean {
  return piece.box.x < x - 0.5 && rightOf(piece) > x + 0.5;
}

export function findGutterZone(pieces: Piece[], x: number): GutterZone | undefined {
  const rows = [...new Set(pieces.map((p) => p.row))].sort((a, b) => a - b);
  const crossing = new Set(pieces.filter((p) => crosses(p, x)).map((p) => p.row));
  let best: { from: number; to: number; size: number } | undefined;
  let from = -1;
  let size = 0;
  for (let i = 0; i <= rows.length; i++) {
    const isCrossing = i === rows.length || crossing.has(rows[i]!);
    const isBridge =
      isCrossing && i > 0 && i + 1 < rows.length && from >= 0 && !crossing.has(rows[i + 1]!);
    if (!isCrossing || isBridge) {
      if (from < 0) from = i;
      if (!isCrossing) size++;
      continue;
    }
    if (from >= 0 && (!best || size > best.size)) best = { from, to: i - 1, size };
    from = -1;
    size = 0;
  }
  if (!best) return undefined;
  const firstRow = rows[best.from]!;
  const lastRow = rows[best.to]!;
  const inside = pieces.filter(
    (p) => p.row >= firstRow && p.row <= lastRow && !crossing.has(p.row),
  );
  return {
    firstRow,
    lastRow,
    left: inside.filter((p) => rightOf(p) <= x),
    right: inside.filter((p) => p.box.x >= x),
  };
}
