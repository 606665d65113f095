/**
 * Legacy Word 97-2003 (.doc) extraction: the text stories from the piece table, split into
 * paragraphs (\r) and table cells (\x07), with field instructions dropped and their shown
 * results kept. Formatting is not read; headers and footers are marked by story.
 */
import { EngineError } from '../errors.js';
import type { ExtractedDocument, FlowBlock, LinkAnnotation } from '../model/document.js';
import { openCompoundFile } from './cfb.js';
import type { ExtractContext } from './context.js';
import { readDocStories } from './doc-text.js';
import { hyperlinkFromField } from './docx-inline.js';

export async function extractDoc(
  bytes: Uint8Array,
  context: ExtractContext,
): Promise<ExtractedDocument> {
  const file = openCompoundFile(bytes);
  const stories = readDocStories(file, context.budget);
  const { text, mainLength, footnoteLength, headerLength } = stories;
  const links: string[] = [];
  const blocks: FlowBlock[] = [];
  const headerStart = mainLength + footnoteLength;
  blocks.push(
    ...readHeaderStories(
      text.slice(headerStart, headerStart + headerLength),
      stories.headerStoryStarts,
      links,
    ),
  );
  blocks.push(...splitStory(text.slice(0, mainLength), 'body', links));
  blocks.push(...splitStory(text.slice(mainLength, headerStart), 'footnote', links));
  if (blocks.length === 0 && text.trim().length === 0 && mainLength > 0) {
    throw new EngineError('DOC_CORRUPT', { reason: 'no-text' });
  }
  const uniqueLinks = [...new Set(links)];
  return {
    format: 'doc',
    pageCount: 1,
    pagesAnalyzed: 1,
    byteLength: bytes.length,
    pages: [],
    blocks,
    links: uniqueLinks.map((url): LinkAnnotation => ({ page: 1, url })),
    fonts: [],
    metadata: {},
    diagnostics: [],
  };
}

/**
 * PlcfHdd: six separator stories, then per section even header, odd header, even footer,
 * odd footer, first-page header, first-page footer ([MS-DOC] 2.8.17).
 */
function readHeaderStories(text: string, starts: number[], links: string[]): FlowBlock[] {
  const blocks: FlowBlock[] = [];
  const seen = new Set<string>();
  for (let i = 6; i + 1 < starts.length; i++) {
    const kind = (i - 6) % 6;
    const zone = kind === 2 || kind === 3 || kind === 5 ? 'footer' : 'header';
    for (const block of splitStory(text.slice(starts[i], starts[i + 1]), zone, links)) {
      if (seen.has(`${zone}:${block.text}`)) continue;
      seen.add(`${zone}:${block.text}`);
      blocks.push(block);
    }
  }
  return blocks;
}

/** Splits one story into blocks; `links` collects HYPERLINK field targets. */
export function splitStory(story: string, zone: FlowBlock['zone'], links: string[]): FlowBlock[] {
  const visible = stripFields(story, links);
  const blocks: FlowBlock[] = [];
  let tableIndex = -1;
  let row = 0;
  let cell = 0;
  let previous: 'paragraph' | 'cell' | 'row' = 'paragraph';
  for (const [raw, mark] of splitOnMarks(visible)) {
    const text = cleanText(raw);
    if (mark === '\x07') {
      // An empty cell mark right after a cell mark is the end-of-row mark.
      if (raw === '' && previous === 'cell') {
        row++;
        cell = 0;
        previous = 'row';
        continue;
      }
      if (previous === 'paragraph') {
        tableIndex++;
        row = 0;
        cell = 0;
      }
      if (text)
        blocks.push({ kind: 'table-cell', text, zone, table: { index: tableIndex, row, cell } });
      cell++;
      previous = 'cell';
      continue;
    }
    if (previous === 'row') previous = 'paragraph';
    if (text)
      blocks.push({ kind: /^[•·▪◦‣-]\s/.test(text) ? 'list-item' : 'paragraph', text, zone });
  }
  return blocks;
}

/** Field: \x13 instruction [\x14 result] \x15. Keep results, drop instructions, nesting allowed. */
function stripFields(story: string, links: string[]): string {
  if (!story.includes('\x13')) return story;
  let out = '';
  const stack: Array<{ instruction: string; inResult: boolean }> = [];
  for (const char of story) {
    if (char === '\x13') stack.push({ instruction: '', inResult: false });
    else if (char === '\x14') {
      const field = stack[stack.length - 1];
      if (field) field.inResult = true;
    } else if (char === '\x15') {
      const field = stack.pop();
      const url = field ? hyperlinkFromField(field.instruction) : undefined;
      if (url) links.push(url);
    } else {
      const field = stack[stack.length - 1];
      if (!field) out += char;
      else if (field.inResult && stack.every((f) => f.inResult)) out += char;
      else if (!field.inResult) field.instruction += char;
    }
  }
  return out;
}

/** Paragraph (\r), cell (\x07) and page/section (\x0c) marks end a segment. */
function splitOnMarks(text: string): Array<[string, string]> {
  const segments: Array<[string, string]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\r' || char === '\x07' || char === '\x0c') {
      segments.push([text.slice(start, i), char]);
      start = i + 1;
    }
  }
  if (start < text.length) segments.push([text.slice(start), '']);
  return segments;
}

/** Word's special characters: line break, hyphens, and object anchors with no text. */
function cleanText(raw: string): string {
  let out = '';
  for (const char of raw) {
    const code = char.charCodeAt(0);
    if (code === 0x0b) out += '\n';
    else if (code === 0x1e) out += '-';
    else if (code >= 0x20 || code === 0x09) out += char;
  }
  return out.trim();
}
