/**
 * Builds a `LayoutDocument` from a tiny markup, so parser tests read like the resume they test.
 *
 *   # Heading            headingLevel 1 (## → 2), as DOCX styles and Markdown give it
 *   **Bold line**        bold
 *   {lead} **Bold** rest  only the leading run is bold: `boldPrefix` (PDF mixed-weight lines)
 *   {size=16,b} Text     options: size=N, b (bold), i (italic), side (sidebar flow),
 *                        header / footer (page zones), li (list item), link=URL (repeatable),
 *                        table=T:R:C, repeated
 *   (empty line)         a larger gap before the next line
 *   ---                  page break
 *
 * Lines get font size 10 (the body size) unless `{ sizes: false }` models a plain-text source.
 */
import type { LayoutDocument, Line } from '../../src/engine/model/layout.js';

export interface LayoutFromTextOptions {
  sizes?: boolean;
  format?: LayoutDocument['format'];
}

const BODY_SIZE = 10;

export function layoutFromText(
  markup: string,
  options: LayoutFromTextOptions = {},
): LayoutDocument {
  const sizes = options.sizes ?? true;
  const lines: Line[] = [];
  let page = 1;
  let gap = 3;
  for (const rawLine of markup.replace(/^\n/, '').split('\n')) {
    const source = rawLine.trim();
    if (source === '---') {
      page += 1;
      continue;
    }
    if (source === '') {
      gap = 14;
      continue;
    }
    const line = parseLine(source, { index: lines.length, page, gap, sizes });
    lines.push(line);
    gap = 3;
  }
  return {
    format: options.format ?? (sizes ? 'pdf' : 'txt'),
    lines,
    columns: lines.some((l) => l.flow === 'sidebar') ? 2 : 1,
    columnsByPage: [],
    repairs: [],
    repeatedTexts: [],
    ...(sizes ? { bodyFontSize: BODY_SIZE } : {}),
    source: {
      format: options.format ?? 'pdf',
      pageCount: page,
      pagesAnalyzed: page,
      byteLength: markup.length,
      pages: [],
      blocks: [],
      links: [],
      fonts: [],
      metadata: {},
      diagnostics: [],
    },
  };
}

function parseLine(
  source: string,
  at: { index: number; page: number; gap: number; sizes: boolean },
): Line {
  let text = source;
  const line: Line = {
    index: at.index,
    text: '',
    page: at.page,
    bold: false,
    italic: false,
    zone: 'body',
    flow: 'main',
    column: 0,
    gapBefore: at.gap,
    links: [],
    ...(at.sizes ? { fontSize: BODY_SIZE } : {}),
  };
  const options = /^\{([^}]*)\}\s*/.exec(text);
  if (options) {
    text = text.slice(options[0].length);
    for (const option of (options[1] ?? '').split(',')) applyOption(line, option.trim());
  }
  const heading = /^(#{1,6})\s+/.exec(text);
  if (heading) {
    line.headingLevel = (heading[1] ?? '#').length;
    text = text.slice(heading[0].length);
  }
  const bold = /^\*\*(.*?)\*\*(.*)$/.exec(text);
  if (bold) {
    const [run = '', rest = ''] = [bold[1], bold[2]];
    text = `${run}${rest}`;
    line.bold = true;
    if (options?.[1]?.split(',').some((o) => o.trim() === 'lead') && rest.trim()) {
      line.boldPrefix = run;
      line.bold = run.length > rest.length;
    }
  }
  line.text = text;
  if (/^[•▪●◦\-–*]\s/.test(text)) line.bullet = true;
  return line;
}

function applyOption(line: Line, option: string): void {
  const [key, ...rest] = option.split('=');
  const value = rest.join('=');
  if (key === 'size') line.fontSize = Number(value);
  else if (key === 'b') line.bold = true;
  else if (key === 'i') line.italic = true;
  else if (key === 'side') {
    line.flow = 'sidebar';
    line.column = 1;
  } else if (key === 'header' || key === 'footer') line.zone = key;
  else if (key === 'li') line.listItem = true;
  else if (key === 'link') line.links.push(value);
  else if (key === 'repeated') line.repeated = true;
  else if (key === 'table') {
    const [index, row, cell] = value.split(':').map(Number);
    line.table = { index: index ?? 0, row: row ?? 0, cell: cell ?? 0 };
  }
}
