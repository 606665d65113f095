/**
 * PDF bytes -> `ExtractedDocument`: opens the file through the PDF backend, reads at most the page
 * limit, checks the time budget between pages, and turns document problems into diagnostics.
 * Only `EngineError`s leave this module; the backend is always released.
 */
import { EngineError, isEngineError } from '../errors.js';
import type {
  ExtractedDocument,
  ExtractedPage,
  ExtractionDiagnostic,
  FontInfo,
} from '../model/document.js';
import type { ExtractContext } from './context.js';
import type { PdfBackendDocument, PdfBackendPage } from './pdf-backend.js';
import { diagnoseFonts, diagnosePages } from './pdf-page-diagnostics.js';
import { diagnoseTextQuality, normalizeLigatures } from './pdf-text-quality.js';
import { preflightPdf } from './pdf-preflight.js';
import { liteBackend } from './pdf-lite/backend.js';

function asEngineError(error: unknown): EngineError {
  return isEngineError(error) ? error : new EngineError('PDF_CORRUPT', {}, { cause: error });
}

async function readPages(doc: PdfBackendDocument, count: number, context: ExtractContext) {
  const pages: PdfBackendPage[] = [];
  for (let number = 1; number <= count; number++) {
    context.budget.check();
    pages.push(await doc.readPage(number));
  }
  context.budget.check();
  return pages;
}

function collectFonts(pages: PdfBackendPage[]) {
  const fonts = new Map<string, FontInfo>();
  const pagesByFont = new Map<string, number[]>();
  for (const page of pages) {
    for (const font of page.fonts) {
      if (!fonts.has(font.name)) fonts.set(font.name, font);
      const list = pagesByFont.get(font.name) ?? [];
      if (!list.includes(page.number)) list.push(page.number);
      pagesByFont.set(font.name, list);
    }
  }
  return { fonts: [...fonts.values()], pagesByFont };
}

function toExtractedPage(page: PdfBackendPage): ExtractedPage {
  return {
    number: page.number,
    width: page.width,
    height: page.height,
    imageCount: page.imageCount,
    imageCoverage: page.imageCoverage,
    vectorOpCount: page.vectorOpCount,
    spans: page.spans,
  };
}

function documentDiagnostics(doc: PdfBackendDocument, analyzed: number): ExtractionDiagnostic[] {
  const diagnostics: ExtractionDiagnostic[] = [];
  if (doc.isEncrypted) diagnostics.push({ code: 'pdf.encrypted' });
  if (doc.hasXfa) diagnostics.push({ code: 'pdf.xfa-form' });
  if (doc.pageCount > analyzed) {
    diagnostics.push({
      code: 'doc.pages-truncated',
      count: doc.pageCount,
      params: { total: doc.pageCount, analyzed },
    });
  }
  return diagnostics;
}

export async function extractPdf(
  bytes: Uint8Array,
  context: ExtractContext,
): Promise<ExtractedDocument> {
  const backend = context.pdfBackend ?? liteBackend;
  preflightPdf(bytes, context.budget);
  // Read before the backend may detach the bytes (transferInput).
  const byteLength = bytes.length;
  let doc: PdfBackendDocument;
  try {
    doc = await backend.open(bytes, {
      assets: context.pdfAssets,
      transfer: context.transferInput === true,
      inflater: context.inflater,
    });
  } catch (error) {
    throw asEngineError(error);
  }
  try {
    const analyzed = Math.min(doc.pageCount, Math.max(0, context.limits.maxPages));
    const pages = await readPages(doc, analyzed, context);
    const allSpans = pages.flatMap((page) => page.spans);
    const ligatures = normalizeLigatures(allSpans);
    const { fonts, pagesByFont } = collectFonts(pages);
    const diagnostics = [
      ...documentDiagnostics(doc, analyzed),
      ...diagnosePages(pages),
      ...diagnoseTextQuality(pages.map((page) => page.spans)),
      ...(ligatures ? [ligatures] : []),
      ...diagnoseFonts(fonts, pagesByFont),
    ];
    return {
      format: 'pdf',
      pageCount: doc.pageCount,
      pagesAnalyzed: analyzed,
      byteLength,
      pages: pages.map(toExtractedPage),
      blocks: [],
      links: pages.flatMap((page) => page.links),
      fonts,
      metadata: doc.metadata,
      diagnostics,
    };
  } catch (error) {
    throw asEngineError(error);
  } finally {
    await doc.destroy();
  }
}
