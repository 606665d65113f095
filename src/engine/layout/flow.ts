/**
 * Layout for flow formats (DOCX, DOC, TXT, Markdown): their blocks already come in reading
 * order, so each block becomes one line per embedded line break, carrying the structure the
 * source declared (headings, lists, tables, zones, links).
 */
import type { ExtractedDocument, FlowBlock } from '../model/document.js';
import type { LayoutDocument, Line, Zone } from '../model/layout.js';

/** Bullet glyphs (and ASCII stand-ins) that open a list line. */
const BULLET_START = /^(?:[•·▪◦‣●○■□➢►▶✓✔❖◆◇–—*-])(?:\s|$)/u;

export function layoutFlowDocument(doc: ExtractedDocument): LayoutDocument {
  const lines: Line[] = [];
  for (const block of doc.blocks) {
    for (const text of block.text.split('\n')) {
      const trimmed = text.trim();
      if (trimmed) lines.push(toLine(block, trimmed, lines.length));
    }
  }
  const bodyFontSize = medianBodyFontSize(doc.blocks);
  const layout: LayoutDocument = {
    format: doc.format,
    lines,
    columns: 1,
    columnsByPage: [],
    repairs: [],
    repeatedTexts: [],
    source: doc,
  };
  if (bodyFontSize !== undefined) layout.bodyFontSize = bodyFontSize;
  return layout;
}

function toLine(block: FlowBlock, text: string, index: number): Line {
  const line: Line = {
    index,
    text,
    page: block.page ?? 1,
    bold: block.bold ?? false,
    italic: block.italic ?? false,
    zone: toZone(block.zone),
    flow: 'main',
    column: 0,
    links: block.links ? [...block.links] : [],
  };
  if (block.fontSize !== undefined) line.fontSize = block.fontSize;
  if (block.kind === 'heading') line.headingLevel = block.headingLevel ?? 1;
  if (block.kind === 'list-item') {
    line.listItem = true;
    line.listLevel = block.listLevel ?? 0;
  }
  if (block.table) line.table = { ...block.table };
  if (BULLET_START.test(text)) line.bullet = true;
  return line;
}

/** Text boxes are body text kept where they were anchored; footnotes sit at the page foot. */
function toZone(zone: FlowBlock['zone']): Zone {
  if (zone === 'header') return 'header';
  if (zone === 'footer' || zone === 'footnote') return 'footer';
  return 'body';
}

/** The size most body text is set in, weighted by characters so short lines do not dominate. */
function medianBodyFontSize(blocks: FlowBlock[]): number | undefined {
  const sized = blocks
    .filter(
      (block) =>
        block.fontSize !== undefined &&
        block.kind !== 'heading' &&
        block.zone !== 'header' &&
        block.zone !== 'footer',
    )
    .map((block) => ({ size: block.fontSize!, weight: block.text.length }))
    .sort((a, b) => a.size - b.size);
  const total = sized.reduce((sum, item) => sum + item.weight, 0);
  let seen = 0;
  for (const item of sized) {
    seen += item.weight;
    if (seen * 2 >= total) return item.size;
  }
  return undefined;
}
