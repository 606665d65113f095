/** Evidence that points at a line of the document: page, reading-order index, box and text. */
import { collapseWhitespace } from '../layout/whitespace.js';
import type { Evidence } from '../model/finding.js';
import type { LayoutDocument, Line } from '../model/layout.js';

/** Long lines are cut so a finding shows the part that matters, not a whole paragraph. */
const MAX_SNIPPET = 160;

export function evidenceOf(line: Line, snippet: string = line.text): Evidence {
  const text = collapseWhitespace(snippet).trim();
  return {
    page: line.page,
    line: line.index,
    ...(line.box ? { box: line.box } : {}),
    snippet: text.length > MAX_SNIPPET ? `${text.slice(0, MAX_SNIPPET - 1)}…` : text,
  };
}

/** Evidence for the line at a reading-order index; none when the index is out of range. */
export function evidenceAt(layout: LayoutDocument, index: number, snippet?: string): Evidence[] {
  const line = lineAt(layout, index);
  return line ? [evidenceOf(line, snippet)] : [];
}

/** Lines are stored in reading order, so the index is the position; the search is a fallback. */
export function lineAt(layout: LayoutDocument, index: number): Line | undefined {
  const line = layout.lines[index];
  return line?.index === index ? line : layout.lines.find((l) => l.index === index);
}
