/**
 * Turns block-level WordprocessingML (body, table cells, text boxes, headers, footers, notes)
 * into `FlowBlock`s in reading order: paragraphs with heading and list structure, tables read
 * row by row and cell by cell (nested tables too), text boxes right after their anchor.
 */
import type { FlowBlock } from '../model/document.js';
import type { Budget } from '../options.js';
import { chooseAlternative, readInline, type InlineContext } from './docx-inline.js';
import type { Numbering } from './docx-numbering.js';
import { readNumbering as readParagraphNumbering } from './docx-styles.js';
import { firstChild, type XmlElement } from './xml.js';

type TablePosition = NonNullable<FlowBlock['table']>;

export interface BodyContext extends InlineContext {
  numbering: Numbering;
  budget: Budget;
  blocks: FlowBlock[];
  tableCount: number;
  /** Current 1-based page, advanced by page breaks. */
  page: number;
}

const WRAPPERS = new Set(['w:customXml', 'w:ins', 'w:moveTo', 'w:sdtContent']);

export function readBlocks(
  container: XmlElement,
  zone: FlowBlock['zone'],
  context: BodyContext,
  table?: TablePosition,
): void {
  for (const child of container.children) {
    if (typeof child === 'string') continue;
    if (child.name === 'w:p') readParagraph(child, zone, context, table);
    else if (child.name === 'w:tbl') readTable(child, zone, context);
    else if (child.name === 'w:sdt')
      readBlocks(firstChild(child, 'w:sdtContent') ?? child, zone, context, table);
    else if (WRAPPERS.has(child.name)) readBlocks(child, zone, context, table);
    else if (child.name === 'mc:AlternateContent')
      readBlocks(chooseAlternative(child), zone, context, table);
  }
}

function readParagraph(
  paragraph: XmlElement,
  zone: FlowBlock['zone'],
  context: BodyContext,
  table?: TablePosition,
): void {
  context.budget.check();
  const pPr = firstChild(paragraph, 'w:pPr');
  const styleId = firstChild(pPr, 'w:pStyle')?.attrs['w:val'];
  const style = context.styles.paragraph(styleId);
  const paragraphRun = { ...context.styles.defaults, ...style.run };
  const inline = readInline(paragraph, paragraphRun, context);
  const explicitBreak = firstChild(pPr, 'w:pageBreakBefore') && !context.useRenderedBreaks ? 1 : 0;
  context.page += inline.breaksBefore + explicitBreak;
  const text = inline.text.replace(/[ \t]+\n/g, '\n').trim();
  if (text.length > 0) {
    const block: FlowBlock = { kind: 'paragraph', text, zone, links: inline.links };
    if (styleId) block.style = style.name || styleId;
    const headingLevel = directOutlineLevel(pPr) ?? style.headingLevel;
    const numbering = readParagraphNumbering(pPr) ?? style.numbering;
    if (headingLevel !== undefined) {
      block.kind = 'heading';
      block.headingLevel = headingLevel;
    } else if (numbering && context.numbering.isListLevel(numbering.numId, numbering.level)) {
      block.kind = 'list-item';
      block.listLevel = numbering.level;
    } else if (table) {
      block.kind = 'table-cell';
    }
    if (table) block.table = { ...table };
    if (inline.visibleChars > 0) {
      block.bold = inline.boldChars === inline.visibleChars;
      block.italic = inline.italicChars === inline.visibleChars;
    }
    if (inline.maxSize !== undefined) block.fontSize = inline.maxSize;
    if (zone === 'body') block.page = context.page;
    context.blocks.push(block);
  }
  context.page += inline.breaksAfter;
  const textboxZone = zone === 'body' ? 'textbox' : zone;
  for (const textbox of inline.textboxes) readBlocks(textbox, textboxZone, context);
}

function directOutlineLevel(pPr: XmlElement | undefined): number | undefined {
  const value = firstChild(pPr, 'w:outlineLvl')?.attrs['w:val'];
  if (value === undefined) return undefined;
  const level = Number(value);
  return Number.isInteger(level) && level >= 0 && level < 9 ? Math.min(6, level + 1) : undefined;
}

function readTable(tbl: XmlElement, zone: FlowBlock['zone'], context: BodyContext): void {
  const index = context.tableCount++;
  let row = 0;
  for (const tr of unwrap(tbl, 'w:tr')) {
    let cell = 0;
    for (const tc of unwrap(tr, 'w:tc')) {
      readBlocks(tc, zone, context, { index, row, cell });
      cell++;
    }
    row++;
  }
}

/** Rows and cells may sit inside content controls or custom XML wrappers. */
function unwrap(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.name === name) out.push(child);
    else if (child.name === 'w:sdt')
      out.push(...unwrap(firstChild(child, 'w:sdtContent') ?? child, name));
    else if (WRAPPERS.has(child.name)) out.push(...unwrap(child, name));
  }
  return out;
}
