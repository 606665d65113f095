/** Lays out a committed fixture PDF (test/fixtures/<dir>/<name>) through extraction and layout. */
import { readFileSync } from 'node:fs';
import { extractPdf } from '../../src/engine/extract/pdf.js';
import { layoutPositionedDocument } from '../../src/engine/layout/positioned.js';
import type { LayoutDocument } from '../../src/engine/model/layout.js';
import { DEFAULT_LIMITS } from '../../src/engine/options.js';
import { createNodePdfAssetLoader } from '../../src/node/pdf-assets.js';

const assets = createNodePdfAssetLoader();

export async function layoutFixture(dir: string, name: string): Promise<LayoutDocument> {
  const bytes = new Uint8Array(
    readFileSync(new URL(`../fixtures/${dir}/${name}`, import.meta.url)),
  );
  const doc = await extractPdf(bytes, {
    limits: DEFAULT_LIMITS,
    budget: { check() {} },
    pdfAssets: assets,
  });
  return layoutPositionedDocument(doc);
}
