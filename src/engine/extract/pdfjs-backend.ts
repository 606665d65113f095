/**
 * The default PDF backend: pdf.js (legacy build, runs on Node 20) locked down for untrusted input:
 * no eval, no XFA, no scripting, no system fonts, font faces handed to a document that discards
 * them, no network (the data is handed over as bytes; CMaps and standard fonts come through the
 * injected asset loader).
 */
// Must stay the first import: it captures built-ins before pdf.js's polyfills replace them.
import { restoreNativeBuiltins } from './native-builtins.js';
import {
  AnnotationMode,
  getDocument,
  VerbosityLevel,
  type PDFDocumentProxy,
  type PDFPageProxy,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
import { EngineError } from '../errors.js';
import type { FontInfo, LinkAnnotation } from '../model/document.js';
import type { PdfAssetLoader } from './pdf-assets.js';
import type { PdfBackend, PdfBackendDocument, PdfBackendPage } from './pdf-backend.js';
import { scanOperatorList } from './pdfjs-graphics.js';
import { readMetadata } from './pdfjs-metadata.js';
import {
  alignWithRuns,
  toSpans,
  type RawTextItem,
  type RawTextStyle,
  type ResolvedFont,
} from './pdfjs-text.js';

type Matrix = [number, number, number, number, number, number];

/**
 * pdf.js asks its "binary data factory" for CMaps and standard fonts by kind and file name; this
 * adapter answers from the injected loader so the worker never touches a file or URL.
 */
function createBinaryDataFactory(assets: PdfAssetLoader | undefined) {
  return class AssetBinaryDataFactory {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      if (!assets) throw new Error(`No PDF asset loader for ${kind}`);
      if (kind === 'cMapUrl') return assets.loadCMap(filename.replace(/\.bcmap$/, ''));
      if (kind === 'standardFontDataUrl') return assets.loadStandardFont(filename);
      throw new Error(`Unsupported PDF asset kind ${kind}`);
    }
  };
}

/**
 * A stand-in for `document` that takes font faces and keeps nothing. Text extraction never draws
 * a glyph, yet with `disableFontFace` pdf.js compiles every glyph shown into a path and posts it
 * across (buildFontPaths): about a third of extraction CPU on the corpus. With font faces enabled
 * it hands each font to its `ownerDocument` instead, and this one discards them. In Node, pdf.js
 * takes the style-rule route (no `fonts`, synchronous); where a FontFace constructor exists
 * (browsers) the `fonts` route, which only constructs the face.
 */
function createFontSinkDocument(): Document {
  const element = {
    sheet: { cssRules: [], insertRule: () => 0 },
    append: () => undefined,
    remove: () => undefined,
  };
  const hasFontFace = typeof (globalThis as { FontFace?: unknown }).FontFace === 'function';
  const sink = {
    ...(hasFontFace ? { fonts: { add: () => undefined, delete: () => undefined } } : {}),
    createElement: () => element,
    documentElement: { getElementsByTagName: () => [element] },
  };
  // Only the members pdf.js's font loader touches exist; nothing else reads this document.
  return sink as unknown as Document;
}

interface PdfJsFont {
  name?: string;
  bold?: boolean;
  italic?: boolean;
  black?: boolean;
  isType3Font?: boolean;
  missingFile?: boolean;
}

function lookupFont(page: PDFPageProxy, loadedName: string): PdfJsFont | undefined {
  if (!page.commonObjs.has(loadedName)) return undefined;
  return page.commonObjs.get(loadedName) as PdfJsFont;
}

async function readLinks(page: PDFPageProxy, number: number, view: Matrix) {
  const annotations = (await page.getAnnotations({ intent: 'display' })) as Array<{
    subtype?: string;
    url?: string;
    unsafeUrl?: string;
    rect?: number[];
  }>;
  const links: LinkAnnotation[] = [];
  let formFieldCount = 0;
  for (const annotation of annotations) {
    if (annotation.subtype === 'Widget') formFieldCount++;
    if (annotation.subtype !== 'Link') continue;
    // `url` is only set for schemes pdf.js deems safe; mailto:/tel: arrive as `unsafeUrl`.
    const url = annotation.url ?? annotation.unsafeUrl;
    if (!url) continue;
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = annotation.rect ?? [];
    const ax = view[0] * x0 + view[2] * y0 + view[4];
    const ay = view[1] * x0 + view[3] * y0 + view[5];
    const bx = view[0] * x1 + view[2] * y1 + view[4];
    const by = view[1] * x1 + view[3] * y1 + view[5];
    const box = {
      x: Math.min(ax, bx),
      y: Math.min(ay, by),
      width: Math.abs(bx - ax),
      height: Math.abs(by - ay),
    };
    links.push({ page: number, url, box });
  }
  return { links, formFieldCount };
}

async function readPage(doc: PDFDocumentProxy, number: number): Promise<PdfBackendPage> {
  const page = await doc.getPage(number);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const view = viewport.transform as Matrix;
    // The operator list first: it makes pdf.js export the fonts (real names) the text refers to.
    // Annotation appearances (form widgets, link borders) are not page content: skip them.
    const operators = await page.getOperatorList({
      intent: 'display',
      annotationMode: AnnotationMode.DISABLE,
    });
    const graphics = scanOperatorList(operators, view, viewport.width * viewport.height);
    const content = await page.getTextContent();
    const fonts = new Map<string, FontInfo>();
    const resolved = new Map<string, ResolvedFont | undefined>();
    const resolveFont = (loadedName: string): ResolvedFont | undefined => {
      if (resolved.has(loadedName)) return resolved.get(loadedName);
      const font = lookupFont(page, loadedName);
      const result = font?.name
        ? { name: font.name, bold: Boolean(font.bold || font.black), italic: Boolean(font.italic) }
        : undefined;
      resolved.set(loadedName, result);
      if (font?.name) {
        fonts.set(font.name, {
          name: font.name,
          type: font.isType3Font ? 'Type3' : undefined,
          embedded: font.isType3Font ? true : !font.missingFile,
        });
      }
      return result;
    };
    const items = content.items.filter((item): item is RawTextItem => 'str' in item);
    const spans = toSpans(
      items,
      content.styles as Record<string, RawTextStyle>,
      number,
      view,
      resolveFont,
    );
    alignWithRuns(spans, graphics.textRuns);
    const { links, formFieldCount } = await readLinks(page, number, view);
    return {
      number,
      width: viewport.width,
      height: viewport.height,
      spans,
      links,
      fonts: [...fonts.values()],
      formFieldCount,
      imageCount: graphics.imageCount,
      imageCoverage: graphics.imageCoverage,
      vectorOpCount: graphics.vectorOpCount,
      paintedBoxes: graphics.paintedBoxes,
    };
  } finally {
    page.cleanup();
  }
}

/**
 * Bytes pdf.js takes as they are: a plain Uint8Array (it refuses Node Buffers) over a whole
 * ArrayBuffer (it copies a view of part of one). Anything else is copied, so the caller's bytes
 * stay intact whatever their class.
 */
function isWholeBuffer(bytes: Uint8Array): boolean {
  return (
    Object.getPrototypeOf(bytes) === Uint8Array.prototype &&
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  );
}

function toEngineError(error: unknown): EngineError {
  if (error instanceof EngineError) return error;
  if ((error as { name?: unknown } | null)?.name === 'PasswordException')
    return new EngineError('PDF_PASSWORD_REQUIRED', {}, { cause: error });
  return new EngineError('PDF_CORRUPT', {}, { cause: error });
}

export const pdfjsBackend: PdfBackend = {
  name: 'pdf.js',
  async open(bytes, { assets, transfer }): Promise<PdfBackendDocument> {
    const task = getDocument({
      // pdf.js detaches the buffer it is given (it moves it to its own worker side).
      data: transfer && isWholeBuffer(bytes) ? bytes : new Uint8Array(bytes),
      isEvalSupported: false,
      enableXfa: false,
      disableFontFace: false,
      ownerDocument: createFontSinkDocument(),
      useSystemFonts: false,
      disableAutoFetch: true,
      disableStream: true,
      disableRange: true,
      stopAtErrors: false,
      useWorkerFetch: false,
      useWasm: false,
      verbosity: VerbosityLevel.ERRORS,
      BinaryDataFactory: createBinaryDataFactory(assets),
    });
    let doc: PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (error) {
      await task.destroy().catch(() => undefined);
      throw toEngineError(error);
    } finally {
      // The in-process worker is loaded by the first getDocument and brings its own polyfills.
      restoreNativeBuiltins();
    }
    try {
      const { metadata, isEncrypted, hasXfa } = await readMetadata(doc);
      return {
        pageCount: doc.numPages,
        isEncrypted,
        hasXfa,
        metadata,
        readPage: (number) =>
          readPage(doc, number).catch((error: unknown) => Promise.reject(toEngineError(error))),
        destroy: () => task.destroy().catch(() => undefined),
      };
    } catch (error) {
      await task.destroy().catch(() => undefined);
      throw toEngineError(error);
    }
  },
};
