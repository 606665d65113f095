/**
 * How much the reading order differs from naive top-to-bottom, left-to-right order: the number of
 * lines outside the longest run that kept its naive relative order (lines that had to move).
 */
import type { Line } from '../model/layout.js';

function naiveOrder(lines: Line[]): Line[] {
  return [...lines].sort((a, b) => {
    const ay = a.box?.y ?? 0;
    const by = b.box?.y ?? 0;
    // Same visual row when tops are within half a line.
    if (Math.abs(ay - by) > 0.5 * Math.min(a.box?.height ?? 1, b.box?.height ?? 1)) return ay - by;
    return (a.box?.x ?? 0) - (b.box?.x ?? 0);
  });
}

/** Length of the longest increasing subsequence, O(n log n). */
function longestIncreasing(values: number[]): number {
  const tails: number[] = [];
  for (const value of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
  }
  return tails.length;
}

export function countMovedLines(ordered: Line[]): number {
  const rank = new Map(naiveOrder(ordered).map((line, i) => [line, i]));
  return ordered.length - longestIncreasing(ordered.map((line) => rank.get(line)!));
}
