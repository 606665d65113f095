import type { Budget, EngineLimits } from '../options.js';
import type { Inflater } from './inflate-port.js';
import type { PdfAssetLoader } from './pdf-assets.js';
import type { PdfBackend } from './pdf-backend.js';

/** What every format extractor receives besides the bytes. */
export interface ExtractContext {
  limits: EngineLimits;
  budget: Budget;
  /** Binary assets for the PDF backend (CMaps, standard fonts), injected by the host. */
  pdfAssets?: PdfAssetLoader;
  /** The host's native DEFLATE decoder, when it lends one. */
  inflater?: Inflater;
  /** PDF backend override; pdf-lite (falling back to pdf.js) when absent. */
  pdfBackend?: PdfBackend;
  /** The bytes are the engine's to detach (see `ExtractOptions.transferInput`). */
  transferInput?: boolean;
}
