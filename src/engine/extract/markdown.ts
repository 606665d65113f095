/**
 * Markdown resumes: detection (does the text use Markdown syntax on purpose?) and conversion to
 * flow blocks. Only the CommonMark constructs resumes use are handled: ATX and setext headings,
 * lists, pipe tables, emphasis, code spans, links and autolinks (https://spec.commonmark.org/).
 */
import type { FlowBlock } from '../model/document.js';

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-+[ \t]*$/;
const LIST = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
const LINK = /!?\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^>\s]+)>/g;
const FENCE = /^ {0,3}(```|~~~)/;

/**
 * Plain-text resumes use dashes for bullets and underline headings too, so those alone are weak
 * evidence; headings with `#`, link syntax, tables and fences are strong. Markdown needs two
 * strong signals, or one strong and one weak.
 */
export function looksLikeMarkdown(text: string): boolean {
  const lines = text.split(/\r\n?|\n/, 400);
  let strong = 0;
  let weak = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (ATX.test(line) || FENCE.test(line)) strong++;
    else if (TABLE_SEPARATOR.test(line) && line.includes('|')) strong++;
    else if (SETEXT_1.test(line) && i > 0 && lines[i - 1]!.trim()) strong++;
    else if (LIST.test(line) || SETEXT_2.test(line)) weak++;
    if (/\[[^\]\n]+\]\([^)\s]+\)/.test(line)) strong++;
    if (/(\*\*|__)\S[^*_\n]*\S\1/.test(line)) weak++;
  }
  return strong >= 2 || (strong >= 1 && weak >= 1);
}

export function readMarkdownBlocks(text: string): FlowBlock[] {
  const lines = text.split('\n');
  const blocks: FlowBlock[] = [];
  let tableIndex = -1;
  let tableRow = -1;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (!inFence && tableRow >= 0 && line.includes('|') && line.trim()) {
      tableRow++;
      pushCells(blocks, line, tableIndex, tableRow);
      continue;
    }
    tableRow = -1;
    if (!line.trim() || (!inFence && THEMATIC.test(line))) continue;
    if (inFence) {
      blocks.push(paragraph(line.trim(), []));
      continue;
    }
    const next = lines[i + 1] ?? '';
    if (line.includes('|') && TABLE_SEPARATOR.test(next) && next.includes('|')) {
      tableIndex++;
      tableRow = 0;
      pushCells(blocks, line, tableIndex, tableRow);
      i++;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      pushInline(blocks, { kind: 'heading', headingLevel: atx[1]!.length }, atx[2]!);
      continue;
    }
    const list = LIST.exec(line);
    if (list) {
      const indent = list[1]!.replace(/\t/g, '    ').length;
      pushInline(blocks, { kind: 'list-item', listLevel: Math.floor(indent / 2) }, list[2]!);
      continue;
    }
    if (SETEXT_1.test(next) || (SETEXT_2.test(next) && next.trim().length > 0)) {
      pushInline(blocks, { kind: 'heading', headingLevel: SETEXT_1.test(next) ? 1 : 2 }, line);
      i++;
      continue;
    }
    pushInline(blocks, { kind: 'paragraph' }, line.replace(/^ {0,3}>[ \t]?/, ''));
  }
  return blocks;
}

function pushCells(blocks: FlowBlock[], line: string, index: number, row: number): void {
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/);
  cells.forEach((cell, position) => {
    const { text, links } = stripInline(cell.trim());
    if (text)
      blocks.push({
        kind: 'table-cell',
        text,
        zone: 'body',
        links,
        table: { index, row, cell: position },
      });
  });
}

function pushInline(blocks: FlowBlock[], shape: Partial<FlowBlock>, raw: string): void {
  const { text, links } = stripInline(raw.trim());
  if (text) blocks.push({ kind: 'paragraph', ...shape, text, zone: 'body', links });
}

function paragraph(text: string, links: string[]): FlowBlock {
  return { kind: 'paragraph', text, zone: 'body', links };
}

/** Removes inline syntax; link targets are kept apart because the visible text may hide them. */
export function stripInline(raw: string): { text: string; links: string[] } {
  const links: string[] = [];
  let text = raw.replace(LINK, (_m, label: string, url: string) => {
    links.push(url);
    return label;
  });
  text = text.replace(AUTOLINK, (_m, url: string) => {
    links.push(url);
    return url.replace(/^mailto:/i, '');
  });
  text = text
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\*)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
    .replace(/[ \t]+$/, '');
  return { text, links };
}
