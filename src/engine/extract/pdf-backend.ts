/**
 * The seam between the engine and a PDF library: bytes in, positioned spans, links, fonts and
 * page graphics out. The default is pdf-lite (pdf-lite/backend.ts), this project's own reader,
 * which hands what it does not support to pdf.js (pdfjs-backend.ts); a deployer can plug in
 * another backend without touching the engine.
 *
 * Backends throw `EngineError('PDF_PASSWORD_REQUIRED' | 'PDF_CORRUPT')` for documents they cannot
 * open; everything else is data.
 */
import type {
  Box,
  DocumentMetadata,
  FontInfo,
  LinkAnnotation,
  TextSpan,
} from '../model/document.js';
import type { Inflater } from './inflate-port.js';
import type { PdfAssetLoader } from './pdf-assets.js';

export interface PdfOpenOptions {
  assets?: PdfAssetLoader;
  /** The backend may keep (and detach) the bytes' buffer instead of copying them. */
  transfer?: boolean;
  /** The host's native DEFLATE decoder (pdf.js has its own). */
  inflater?: Inflater;
}

export interface PdfBackend {
  readonly name: string;
  open(bytes: Uint8Array, options: PdfOpenOptions): Promise<PdfBackendDocument>;
}

export interface PdfBackendDocument {
  pageCount: number;
  /** Encrypted but opened with the empty user password (owner-password-only protection). */
  isEncrypted: boolean;
  /** The file carries an XFA form (not rendered: XFA is disabled). */
  hasXfa: boolean;
  metadata: DocumentMetadata;
  /** Reads one page, 1-based. */
  readPage(pageNumber: number): Promise<PdfBackendPage>;
  /** Releases the library's resources; safe to call twice. */
  destroy(): Promise<void>;
}

export interface PdfBackendPage {
  number: number;
  width: number;
  height: number;
  /** Text runs in content order, whitespace-only runs dropped, top-left coordinates. */
  spans: TextSpan[];
  links: LinkAnnotation[];
  /** Fonts used by the page's text. */
  fonts: FontInfo[];
  /** AcroForm widget annotations on the page. */
  formFieldCount: number;
  imageCount: number;
  imageCoverage: number;
  vectorOpCount: number;
  /**
   * Areas painted with a non-white fill or an image (capped): lets the caller tell white text on a
   * coloured banner from white text on a blank page.
   */
  paintedBoxes: Box[];
}
