/** Bytes in, `ExtractedDocument` out: checks limits, sniffs the real type, dispatches. */
import { EngineError } from '../errors.js';
import type { ExtractedDocument } from '../model/document.js';
import { createBudget, resolveLimits, type ExtractOptions } from '../options.js';
import type { ExtractContext } from './context.js';
import { extractDoc } from './doc.js';
import { extractDocx } from './docx.js';
import { extractPdf } from './pdf.js';
import { assertDeclaredTypeMatches, sniffType } from './sniff.js';
import { extractText } from './text.js';

export async function extractDocument(
  bytes: Uint8Array,
  options: ExtractOptions = {},
): Promise<ExtractedDocument> {
  const limits = resolveLimits(options);
  if (bytes.length === 0) throw new EngineError('EMPTY_FILE');
  if (bytes.length > limits.maxBytes) {
    throw new EngineError('FILE_TOO_LARGE', { bytes: bytes.length, maxBytes: limits.maxBytes });
  }
  const format = sniffType(bytes);
  assertDeclaredTypeMatches(format, options);
  const context: ExtractContext = {
    limits,
    budget: createBudget(options),
    pdfAssets: options.pdfAssets,
    pdfBackend: options.pdfBackend,
    inflater: options.inflater,
    transferInput: options.transferInput,
  };
  context.budget.check();
  switch (format) {
    case 'pdf':
      return extractPdf(bytes, context);
    case 'docx':
      return extractDocx(bytes, context);
    case 'doc':
      return extractDoc(bytes, context);
    case 'txt':
    case 'md':
      return extractText(bytes, format, context);
  }
}
