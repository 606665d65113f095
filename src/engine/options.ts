/** Limits and the time budget that bound work on an untrusted document. */
import { EngineError } from './errors.js';
import type { Inflater } from './extract/inflate-port.js';
import type { PdfAssetLoader } from './extract/pdf-assets.js';
import type { PdfBackend } from './extract/pdf-backend.js';

export interface EngineLimits {
  /** Largest accepted file, bytes. */
  maxBytes: number;
  /** Pages analysed; later pages are skipped and reported. */
  maxPages: number;
  /** DOCX container limits, checked before anything is inflated. */
  maxZipEntries: number;
  maxZipEntryBytes: number;
  maxZipTotalBytes: number;
  maxZipRatio: number;
  /** Deepest XML element nesting accepted. */
  maxXmlDepth: number;
}

export const DEFAULT_LIMITS: EngineLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 50,
  maxZipEntries: 1000,
  maxZipEntryBytes: 32 * 1024 * 1024,
  maxZipTotalBytes: 64 * 1024 * 1024,
  maxZipRatio: 200,
  maxXmlDepth: 256,
};

export interface ExtractOptions {
  limits?: Partial<EngineLimits>;
  /** File name or media type the caller was given; checked against the sniffed type. */
  declaredName?: string;
  declaredMediaType?: string;
  /** Cancels work between steps. */
  signal?: AbortSignal;
  /** Monotonic clock in milliseconds, injected so the engine stays pure. */
  clock?: () => number;
  /** Wall-clock budget for the whole document, enforced at checkpoints (needs `clock`). */
  timeBudgetMs?: number;
  /** CMaps and standard fonts for PDFs; the host reads them (see src/node/pdf-assets.ts). */
  pdfAssets?: PdfAssetLoader;
  /** A native DEFLATE decoder for PDF streams (see src/node/inflate.ts); fflate when absent. */
  inflater?: Inflater;
  /** Replaces the default pdf.js backend (e.g. a faster one a deployer licenses). */
  pdfBackend?: PdfBackend;
  /**
   * The caller gives the input bytes up: the PDF backend may take their buffer instead of copying
   * it, which detaches it (length 0 afterwards). Saves one copy of the file per document; for
   * hosts that own the bytes outright, such as a worker thread the upload was moved to.
   */
  transferInput?: boolean;
}

/** A checkpoint the engine calls inside long loops. */
export interface Budget {
  check(): void;
}

export function resolveLimits(options: ExtractOptions = {}): EngineLimits {
  return { ...DEFAULT_LIMITS, ...options.limits };
}

export function createBudget(options: ExtractOptions = {}): Budget {
  const { signal, clock, timeBudgetMs } = options;
  const startedAt = clock?.();
  return {
    check() {
      if (signal?.aborted) throw new EngineError('ABORTED');
      if (clock && startedAt !== undefined && timeBudgetMs !== undefined) {
        const elapsed = clock() - startedAt;
        if (elapsed > timeBudgetMs) {
          throw new EngineError('TIME_BUDGET_EXCEEDED', {
            budgetMs: timeBudgetMs,
            elapsedMs: Math.round(elapsed),
          });
        }
      }
    },
  };
}
