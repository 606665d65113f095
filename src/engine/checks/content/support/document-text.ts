/**
 * The document's lines joined into one string, built once per layout, so text checks run one
 * regular expression over the whole text instead of one per line (several times faster), and
 * a label on one line still meets its value on the next ("Geburtsdatum\n14.05.1990").
 */
import type { Line } from '../../../model/layout.js';

export interface DocumentText {
  text: string;
  /** Offset in `text` where each line starts, same order as the lines. */
  starts: number[];
  lines: readonly Line[];
}

const cache = new WeakMap<readonly Line[], DocumentText>();

export function documentText(lines: readonly Line[]): DocumentText {
  let cached = cache.get(lines);
  if (!cached) {
    const starts: number[] = [];
    let offset = 0;
    for (const line of lines) {
      starts.push(offset);
      offset += line.text.length + 1;
    }
    cached = { text: lines.map((line) => line.text).join('\n'), starts, lines };
    cache.set(lines, cached);
  }
  return cached;
}

/** The line a text offset falls on (binary search over line starts). */
export function lineAtOffset(doc: DocumentText, offset: number): Line | undefined {
  let low = 0;
  let high = doc.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((doc.starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return doc.lines[low];
}
