/** Where a contact detail the parser found is printed, for evidence. */
import type { LayoutDocument, Line } from '../../model/layout.js';

/** Lines whose text or link targets contain `needle` (case-insensitive). */
export function linesWith(layout: LayoutDocument, needle: string): Line[] {
  const wanted = needle.toLowerCase();
  return searchable(layout)
    .filter((entry) => entry.text.includes(wanted))
    .map((entry) => entry.line);
}

/** Lower-cased text and link targets per line, built once per document for all contact checks. */
const cache = new WeakMap<LayoutDocument, Array<{ line: Line; text: string }>>();

function searchable(layout: LayoutDocument): Array<{ line: Line; text: string }> {
  let entries = cache.get(layout);
  if (!entries) {
    entries = layout.lines.map((line) => ({
      line,
      text: [line.text, ...line.links].join('\n').toLowerCase(),
    }));
    cache.set(layout, entries);
  }
  return entries;
}
