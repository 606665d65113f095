/**
 * The lite PDF backend: pdf-lite where it can read the file, pdf.js where it cannot. A document
 * pdf-lite cannot open goes to pdf.js whole (pdf.js then decides between a result,
 * PDF_PASSWORD_REQUIRED and PDF_CORRUPT); a page it cannot read switches that page and every later
 * one to pdf.js, opened lazily on a copy of the bytes (pdf-lite keeps views into them).
 */
import { EngineError } from '../../errors.js';
import { restoreNativeBuiltins } from '../native-builtins.js';
import type {
  PdfBackend,
  PdfBackendDocument,
  PdfBackendPage,
  PdfOpenOptions,
} from '../pdf-backend.js';
import { pdfjsBackend } from '../pdfjs-backend.js';
import { readAnnotations, readBaseUrl } from './annotations.js';
import { readPageContent } from './content.js';
import { openLiteDocument, type LiteDocument } from './document.js';
import type { LiteFont } from './fonts/index.js';
import { readLiteMetadata } from './metadata.js';
import { pageViewport } from './pages.js';

// Loading pdf.js (imported for the fallback) replaces Array.prototype.push with a slow polyfill;
// pdfjs-backend.ts restores it after opening a document, which pdf-lite usually never does.
restoreNativeBuiltins();

/** Which backend served the pages read so far, and why pdf.js took over (tests and benches). */
export interface ServedBy {
  lite: number;
  pdfjs: number;
  /** Why pdf.js read the document or the pages from `fallbackPage` on; undefined when it did not. */
  reason?: string;
  fallbackPage?: number;
}

export interface LiteBackendDocument extends PdfBackendDocument {
  readonly served: ServedBy;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    return error.name === 'PdfUnsupported' ? error.message : `${error.name}: ${error.message}`;
  }
  return String(error);
}

function readLitePage(
  lite: LiteDocument,
  number: number,
  baseUrl: string | undefined,
  fontCache: Map<unknown, LiteFont>,
): PdfBackendPage {
  const page = lite.page(number - 1);
  const { transform, width, height } = pageViewport(page);
  const content = readPageContent({
    resolver: lite,
    resources: page.resources,
    contents: page.contents,
    viewTransform: transform,
    pageNumber: number,
    pageArea: width * height,
    fontCache,
    view: page.view,
  });
  const { links, formFieldCount } = readAnnotations({
    resolver: lite,
    annots: page.annots,
    pageNumber: number,
    viewTransform: transform,
    baseUrl,
  });
  return {
    number,
    width,
    height,
    spans: content.spans,
    links,
    fonts: content.fonts,
    formFieldCount,
    imageCount: content.imageCount,
    imageCoverage: content.imageCoverage,
    vectorOpCount: content.vectorOpCount,
    paintedBoxes: content.paintedBoxes,
  };
}

async function openWithPdfjs(
  bytes: Uint8Array,
  options: PdfOpenOptions,
  reason: string,
): Promise<LiteBackendDocument> {
  const doc = await pdfjsBackend.open(bytes, options);
  const served: ServedBy = { lite: 0, pdfjs: 0, reason, fallbackPage: 1 };
  return {
    ...doc,
    served,
    readPage: (number) => {
      served.pdfjs++;
      return doc.readPage(number);
    },
  };
}

export const liteBackend: PdfBackend = {
  name: 'pdf-lite',
  async open(bytes, options): Promise<LiteBackendDocument> {
    let lite: LiteDocument;
    let info: ReturnType<typeof readLiteMetadata>;
    let baseUrl: string | undefined;
    try {
      lite = openLiteDocument(bytes, options.inflater);
      info = readLiteMetadata(lite, lite.trailer, lite.catalog);
      baseUrl = readBaseUrl(lite, lite.catalog);
    } catch (error) {
      if (error instanceof EngineError) throw error;
      return openWithPdfjs(bytes, options, describe(error));
    }
    const served: ServedBy = { lite: 0, pdfjs: 0 };
    const fontCache = new Map<unknown, LiteFont>();
    let pdfjs: Promise<PdfBackendDocument> | undefined;
    const readWithPdfjs = (number: number) => {
      // A copy: pdf-lite's objects are views into `bytes`, which pdf.js may detach.
      pdfjs ??= pdfjsBackend.open(bytes, { assets: options.assets });
      served.pdfjs++;
      return pdfjs.then((doc) => doc.readPage(number));
    };
    return {
      pageCount: lite.pageCount,
      isEncrypted: info.isEncrypted,
      hasXfa: info.hasXfa,
      metadata: info.metadata,
      served,
      readPage: async (number) => {
        if (served.reason === undefined) {
          try {
            const page = readLitePage(lite, number, baseUrl, fontCache);
            served.lite++;
            return page;
          } catch (error) {
            if (error instanceof EngineError) throw error;
            served.reason = describe(error);
            served.fallbackPage = number;
          }
        }
        return readWithPdfjs(number);
      },
      destroy: async () => {
        const doc = pdfjs;
        pdfjs = undefined;
        if (doc) await doc.then((opened) => opened.destroy()).catch(() => undefined);
      },
    };
  },
};
