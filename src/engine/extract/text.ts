/**
 * TXT and Markdown extraction: decode (UTF-8, UTF-16, Windows-1252 fallback), normalise line
 * ends, then read lines into flow blocks. Plain text keeps one block per line because resumes
 * put one fact per line (name, email, dates) and joining lines would merge them.
 */
import { EngineError } from '../errors.js';
import type { ExtractedDocument, ExtractionDiagnostic, FlowBlock } from '../model/document.js';
import type { ExtractContext } from './context.js';
import { readMarkdownBlocks } from './markdown.js';
import { decodeText } from './text-decode.js';

/** Bullet glyphs and markers that start a list line in plain text. */
const BULLET_LINE = /^([ \t]*)(?:[•·▪◦‣●○■□➢►▶✓✔❖–—*-]|\d{1,2}[.)])[ \t]+\S/u;
/** Lines made only of rule characters are decoration (underlines, separators). */
const RULE_LINE = /^[ \t]*([-=_*~#.·•─━═])\1{2,}[ \t]*$/u;

export async function extractText(
  bytes: Uint8Array,
  format: 'txt' | 'md',
  context: ExtractContext,
): Promise<ExtractedDocument> {
  const decoded = decodeText(bytes);
  if (!decoded) throw new EngineError('TEXT_NOT_READABLE');
  context.budget.check();
  const text = decoded.text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(/\f/g, '\n');
  const blocks = format === 'md' ? readMarkdownBlocks(text) : readPlainBlocks(text);
  context.budget.check();
  const diagnostics: ExtractionDiagnostic[] = [];
  if (decoded.isFallback) {
    diagnostics.push({ code: 'text.encoding-fallback', params: { encoding: decoded.encoding } });
  }
  const replacements = text.match(/\ufffd/g)?.length ?? 0;
  if (replacements > 0)
    diagnostics.push({ code: 'text.replacement-characters', count: replacements });
  const links = [...new Set(blocks.flatMap((block) => block.links ?? []))];
  return {
    format,
    pageCount: 1,
    pagesAnalyzed: 1,
    byteLength: bytes.length,
    pages: [],
    blocks,
    links: links.map((url) => ({ page: 1, url })),
    fonts: [],
    metadata: {},
    diagnostics,
  };
}

export function readPlainBlocks(text: string): FlowBlock[] {
  const blocks: FlowBlock[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\s+$/, '');
    if (!line.trim() || RULE_LINE.test(line)) continue;
    const bullet = BULLET_LINE.exec(line);
    if (bullet) {
      const indent = bullet[1]!.replace(/\t/g, '    ').length;
      blocks.push({
        kind: 'list-item',
        text: line.trim(),
        zone: 'body',
        listLevel: Math.floor(indent / 2),
      });
    } else {
      blocks.push({ kind: 'paragraph', text: line.trim(), zone: 'body' });
    }
  }
  return blocks;
}
