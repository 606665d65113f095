/**
 * The reading order an ATS follows, as drawable geometry: a path through every line's left edge
 * in reading order, and a numbered marker where a new block starts (a column or sidebar change,
 * or a jump back up the page). Numbers run across the whole document, so "3" on page 2 follows
 * "2" on page 1 — exactly the order the text comes out in.
 */
import type { Line } from '../../../src/engine/model/index.js';

export interface OrderMarker {
  n: number;
  x: number;
  y: number;
}

export interface PageOrder {
  points: Array<[number, number]>;
  markers: OrderMarker[];
}

export function readingOrderOnPage(lines: readonly Line[], page: number): PageOrder {
  const points: Array<[number, number]> = [];
  const markers: OrderMarker[] = [];
  let block = 0;
  let previous: Line | undefined;
  for (const line of lines) {
    if (!line.box) continue;
    const startsBlock =
      !previous ||
      previous.page !== line.page ||
      previous.flow !== line.flow ||
      previous.column !== line.column ||
      (previous.box !== undefined && line.box.y + line.box.height < previous.box.y);
    if (startsBlock) block += 1;
    previous = line;
    if (line.page !== page) continue;
    const point: [number, number] = [line.box.x, line.box.y + line.box.height / 2];
    points.push(point);
    if (startsBlock) markers.push({ n: block, x: point[0], y: point[1] });
  }
  return { points, markers };
}
