/**
 * pdf.js in the browser, shared by the private-mode engine and the page renderer (both import the
 * same legacy build, so they share one chunk and one worker setting). The worker is a hashed
 * same-origin file, allowed by the CSP; CMaps and standard fonts come from the server's /pdfjs
 * routes, which serve them from the installed pdfjs-dist.
 */
import { GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import type { PdfAssetLoader } from '../../../src/engine/extract/pdf-assets.js';

GlobalWorkerOptions.workerSrc = workerUrl;

export const PDFJS_CMAP_URL = '/pdfjs/cmaps/';
export const PDFJS_STANDARD_FONT_URL = '/pdfjs/standard_fonts/';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Fetches each asset once; pdf.js may transfer what it gets, so callers receive copies. */
function createBrowserPdfAssets(): PdfAssetLoader {
  const cache = new Map<string, Promise<Uint8Array>>();
  const load = (url: string) => {
    let entry = cache.get(url);
    if (!entry) {
      entry = fetchBytes(url);
      entry.catch(() => cache.delete(url));
      cache.set(url, entry);
    }
    return entry.then((bytes) => bytes.slice());
  };
  return {
    loadCMap: (name) => load(`${PDFJS_CMAP_URL}${encodeURIComponent(name)}.bcmap`),
    loadStandardFont: (fileName) =>
      load(`${PDFJS_STANDARD_FONT_URL}${encodeURIComponent(fileName)}`),
  };
}

export const browserPdfAssets = createBrowserPdfAssets();
