/**
 * The Node implementation of the engine's `PdfAssetLoader`: reads the packed CMaps and standard
 * font programs shipped inside the installed pdfjs-dist package. Names are validated so a
 * hostile PDF cannot make the loader read outside those two directories.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PdfAssetLoader } from '../engine/extract/pdf-assets.js';

const SAFE_NAME = /^[A-Za-z0-9._-]+$/;

function pdfjsPackageDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('pdfjs-dist/package.json'));
}

function readAsset(dir: string, fileName: string): Promise<Uint8Array> {
  if (!SAFE_NAME.test(fileName) || fileName.startsWith('.')) {
    return Promise.reject(new Error(`Invalid PDF asset name: ${fileName}`));
  }
  return readFile(path.join(dir, fileName)).then((buffer) => new Uint8Array(buffer));
}

/** Loads assets from disk, caching each file: a worker reads every CMap at most once. */
export function createNodePdfAssetLoader(packageDir: string = pdfjsPackageDir()): PdfAssetLoader {
  const cache = new Map<string, Promise<Uint8Array>>();
  const cached = (key: string, load: () => Promise<Uint8Array>) => {
    let entry = cache.get(key);
    if (!entry) {
      entry = load();
      // Do not keep a failed read: a later call may succeed.
      entry.catch(() => cache.delete(key));
      cache.set(key, entry);
    }
    // pdf.js may transfer the buffer it receives; hand out a copy so the cache stays intact.
    return entry.then((bytes) => bytes.slice());
  };
  const cmapDir = path.join(packageDir, 'cmaps');
  const fontDir = path.join(packageDir, 'standard_fonts');
  return {
    loadCMap: (name) => cached(`cmap:${name}`, () => readAsset(cmapDir, `${name}.bcmap`)),
    loadStandardFont: (fileName) => cached(`font:${fileName}`, () => readAsset(fontDir, fileName)),
  };
}
