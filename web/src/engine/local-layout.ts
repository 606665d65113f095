/**
 * Reads a document's lines and their boxes on this device (lazy chunk: extraction and layout,
 * without the matching taxonomy). The API report has no per-line boxes, so the reading-order
 * overlay is computed here from the file the user already has; nothing is sent anywhere.
 */
import { extractDocument } from '../../../src/engine/extract/index.js';
import { buildLayout } from '../../../src/engine/layout/index.js';
import { readJobDescriptionText } from '../../../src/engine/match/job-input.js';
import type { LayoutDocument } from '../../../src/engine/model/layout.js';
import { browserPdfAssets } from './pdf-setup.js';

export async function readLayout(bytes: Uint8Array, fileName: string): Promise<LayoutDocument> {
  const extracted = await extractDocument(bytes, {
    declaredName: fileName,
    pdfAssets: browserPdfAssets,
  });
  return buildLayout(extracted);
}

/** A job description file (PDF, DOCX, HTML, TXT) as plain text in reading order. */
export function readJobFileText(bytes: Uint8Array): Promise<string> {
  return readJobDescriptionText(bytes, { pdfAssets: browserPdfAssets });
}
