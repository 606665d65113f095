/**
 * Candidate gutters: x bands that few baseline rows reach into. Coverage counts rows, not spans,
 * so a row of many short words weighs as much as one long line. Full-width rows (a name banner, a
 * summary above two columns) still cross a real gutter, so a band may be crossed by up to half of
 * the rows; gutter-zone.ts then finds where, vertically, the band is really clear.
 */
import { rightOf, type Piece } from './column-evidence.js';

export interface Band {
  /** The gutter line: the middle of the band's least-crossed stretch. */
  x: number;
  /** Rows crossing that stretch. */
  crossings: number;
  width: number;
}

/** Narrower than this is a word gap or cell padding inside one column. */
const MIN_GUTTER = 8;
const MAX_CROSSED_SHARE = 0.5;
const MAX_CANDIDATES = 6;

function rowCoverage(pieces: Piece[], x0: number, width: number): Uint16Array {
  const coverage = new Uint16Array(width);
  const counted = new Int32Array(width).fill(-1);
  for (const piece of pieces) {
    const from = Math.max(0, Math.floor(piece.box.x - x0));
    const to = Math.min(width - 1, Math.ceil(rightOf(piece) - x0));
    for (let x = from; x <= to; x++) {
      if (counted[x] === piece.row) continue;
      counted[x] = piece.row;
      coverage[x] = coverage[x]! + 1;
    }
  }
  return coverage;
}

/** The band's least-crossed stretch; a heading reaching into part of the band must not pull the split. */
function leastCrossed(coverage: Uint16Array, start: number, end: number, x0: number): Band {
  let min = Infinity;
  for (let x = start; x < end; x++) min = Math.min(min, coverage[x]!);
  let best = { start, length: 0 };
  let runStart = -1;
  for (let x = start; x <= end; x++) {
    const isMin = x < end && coverage[x] === min;
    if (isMin && runStart < 0) runStart = x;
    if (!isMin && runStart >= 0) {
      if (x - runStart > best.length) best = { start: runStart, length: x - runStart };
      runStart = -1;
    }
  }
  return { x: x0 + best.start + best.length / 2, crossings: min, width: end - start };
}

function bandsAtLevel(coverage: Uint16Array, allowed: number, x0: number): Band[] {
  const bands: Band[] = [];
  let start = -1;
  for (let x = 0; x <= coverage.length; x++) {
    const open = x < coverage.length && coverage[x]! <= allowed;
    if (open && start < 0) start = x;
    if (!open && start >= 0) {
      if (start > 0 && x < coverage.length && x - start >= MIN_GUTTER)
        bands.push(leastCrossed(coverage, start, x, x0));
      start = -1;
    }
  }
  return bands;
}

/**
 * Bands bounded by text on both sides, least crossed first. They are looked for at rising levels
 * of allowed crossings: at a high level a narrow column's ragged text would melt into its gutter.
 */
export function findBands(pieces: Piece[], x0: number, x1: number): Band[] {
  const width = Math.ceil(x1 - x0) + 1;
  if (width <= 0 || width > 20000) return [];
  const rows = new Set(pieces.map((p) => p.row)).size;
  const coverage = rowCoverage(pieces, x0, width);
  const levels = [0, 1, 2, 0.1, 0.25, MAX_CROSSED_SHARE].map((level) =>
    level < 1 ? Math.floor(level * rows) : level,
  );
  const bands: Band[] = [];
  for (const level of [...new Set(levels)].sort((a, b) => a - b)) {
    for (const band of bandsAtLevel(coverage, level, x0)) {
      if (bands.some((b) => Math.abs(b.x - band.x) < MIN_GUTTER)) continue;
      bands.push(band);
      if (bands.length >= MAX_CANDIDATES) return bands;
    }
  }
  return bands;
}
