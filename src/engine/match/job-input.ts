/**
 * Job descriptions as people have them: pasted text, an HTML page, or a PDF/DOCX file. Files go
 * through the same extraction and layout as resumes, so the text comes out in reading order with
 * list items on their own lines.
 */
import { extractDocument } from '../extract/index.js';
import { buildLayout } from '../layout/index.js';
import { createBudget, type ExtractOptions } from '../options.js';
import { htmlToText, looksLikeHtml } from './html-to-text.js';

const HTML_PROBE_BYTES = 4096;

export async function readJobDescriptionText(
  input: string | Uint8Array,
  options: ExtractOptions = {},
): Promise<string> {
  if (typeof input === 'string') return looksLikeHtml(input) ? htmlToText(input) : input;
  const probe = new TextDecoder('utf-8', { fatal: false }).decode(
    input.subarray(0, HTML_PROBE_BYTES),
  );
  if (/^\s*</.test(probe.replace(/^\uFEFF/, '')) && looksLikeHtml(probe)) {
    return htmlToText(new TextDecoder('utf-8', { fatal: false }).decode(input));
  }
  const extracted = await extractDocument(input, options);
  const layout = buildLayout(extracted, createBudget(options));
  return layout.lines.map((line) => line.text).join('\n');
}
