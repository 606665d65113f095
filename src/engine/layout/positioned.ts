/**
 * Positioned (PDF) layout: spans -> fragments -> zones and columns -> lines in reading order, with
 * hyphenation repaired per flow and the reading-order repairs recorded.
 */
import type { ExtractedDocument, TextSpan } from '../model/document.js';
import type {
  ColumnInfo,
  LayoutDocument,
  Line,
  ReadingOrderRepair,
  Zone,
} from '../model/layout.js';
import type { Budget } from '../options.js';
import { detectColumns } from './columns.js';
import { repairHyphenation } from './hyphenation.js';
import { findBoldPrefix } from './bold-prefix.js';
import { normalizeLeadingGlyph } from './leading-glyph.js';
import { attachLinks, medianFontSize } from './line-features.js';
import { buildFragments, union, type Fragment } from './lines.js';
import { orderBody, type LineGroup } from './reading-order.js';
import { countMovedLines } from './repairs.js';
import { classifyZones, type ZoneInfo } from './zones.js';

function toLine(group: LineGroup, zone: Zone, repeated: boolean): Line {
  const { fragments } = group;
  const letters = (f: Fragment) => f.text.length;
  const total = fragments.reduce((n, f) => n + letters(f), 0) || 1;
  const main = fragments.reduce((a, b) => (letters(b) > letters(a) ? b : a));
  const spans = ([] as TextSpan[]).concat(...fragments.map((f) => f.spans));
  const { text, bullet } = normalizeLeadingGlyph(fragments.map((f) => f.text).join(' '), spans[0]);
  const boldPrefix = findBoldPrefix(spans);
  return {
    index: 0,
    text,
    page: main.page,
    box: union(fragments.map((f) => f.box)),
    fontSize: main.fontSize,
    bold: fragments.filter((f) => f.bold).reduce((n, f) => n + letters(f), 0) / total > 0.5,
    italic: fragments.filter((f) => f.italic).reduce((n, f) => n + letters(f), 0) / total > 0.5,
    zone,
    flow: group.flow,
    column: group.column,
    ...(group.table ? { table: group.table } : {}),
    ...(bullet ? { bullet: true } : {}),
    ...(boldPrefix ? { boldPrefix } : {}),
    links: [],
    ...(repeated ? { repeated: true } : {}),
  };
}

function zoneLines(fragments: Fragment[], zones: Map<Fragment, ZoneInfo>, zone: Zone): Line[] {
  const rows = new Map<number, Fragment[]>();
  for (const fragment of fragments) {
    if (zones.get(fragment)?.zone !== zone) continue;
    rows.set(fragment.row, [...(rows.get(fragment.row) ?? []), fragment]);
  }
  return [...rows.values()]
    .sort((a, b) => a[0]!.baseline - b[0]!.baseline)
    .map((row) => {
      const sorted = row.sort((a, b) => a.box.x - b.box.x);
      const repeated = sorted.some((f) => zones.get(f)?.repeated);
      return toLine({ fragments: sorted, column: 0, flow: 'main' }, zone, repeated);
    });
}

/**
 * Sets gapBefore within each flow of a page and rejoins hyphenated words there. Equal columns
 * are both 'main' flow but each is its own text run, so the key includes the column.
 */
function finishFlows(pageLines: Line[]): void {
  const flows = new Set(pageLines.map((l) => `${l.flow}:${l.column}`));
  for (const flow of flows) {
    const lines = pageLines.filter((l) => `${l.flow}:${l.column}` === flow && l.zone === 'body');
    repairHyphenation(lines);
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      if (previous?.box && line.box) {
        line.gapBefore =
          Math.round((line.box.y - (previous.box.y + previous.box.height)) * 100) / 100;
      }
    });
  }
}

/** Leftmost and rightmost extent of all spans in the document, when there are any. */
function textMargins(doc: ExtractedDocument): { x0: number; x1: number } | undefined {
  let x0 = Infinity;
  let x1 = -Infinity;
  let count = 0;
  for (const page of doc.pages) {
    for (const span of page.spans) {
      x0 = Math.min(x0, span.box.x);
      x1 = Math.max(x1, span.box.x + span.box.width);
      count += 1;
    }
  }
  return count > 0 ? { x0, x1 } : undefined;
}

export function layoutPositionedDocument(doc: ExtractedDocument, budget?: Budget): LayoutDocument {
  const pages = doc.pages.map((page) => {
    budget?.check();
    return { height: page.height, number: page.number, fragments: buildFragments(page.spans) };
  });
  const { zones, repeatedTexts } = classifyZones(pages);
  const lines: Line[] = [];
  const columnsByPage: ColumnInfo[] = [];
  const repairs: ReadingOrderRepair[] = [];
  const tables = { next: 0 };
  const margins = textMargins(doc);
  for (const page of pages) {
    budget?.check();
    const body = page.fragments.filter((f) => !zones.has(f));
    const layout = detectColumns(body, margins);
    const groups = orderBody(layout.fragments, layout, tables);
    const pageLines = [
      ...zoneLines(page.fragments, zones, 'header'),
      ...groups.map((group) => toLine(group, 'body', false)),
      ...zoneLines(page.fragments, zones, 'footer'),
    ].filter((line) => line.text.length > 0);
    finishFlows(pageLines);
    const count = Math.max(1, layout.ranges.length);
    columnsByPage.push({ page: page.number, count, ranges: layout.ranges });
    const moved = countMovedLines(pageLines);
    if (moved > 0 && count > 1) {
      const kind = pageLines.some((l) => l.flow === 'sidebar') ? 'sidebar' : 'columns';
      repairs.push({ page: page.number, kind, linesMoved: moved });
    }
    lines.push(...pageLines.filter((line) => line.text.length > 0));
  }
  lines.forEach((line, index) => (line.index = index));
  attachLinks(lines, doc.links);
  const bodyFontSize = medianFontSize(lines.filter((l) => l.zone === 'body'));
  return {
    format: doc.format,
    lines,
    columns: Math.max(1, ...columnsByPage.map((c) => c.count)),
    columnsByPage,
    repairs,
    repeatedTexts,
    ...(bodyFontSize !== undefined ? { bodyFontSize } : {}),
    source: doc,
  };
}
