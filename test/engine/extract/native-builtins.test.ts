import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// Imported before pdf.js (through extract/index) so it holds the platform's own method.
import { NATIVE_ARRAY_PUSH } from '../../../src/engine/extract/native-builtins.js';
import { extractDocument } from '../../../src/engine/extract/index.js';
import { createNodePdfAssetLoader } from '../../../src/node/pdf-assets.js';

describe('pdf.js polyfills', () => {
  it('leave the native Array.prototype.push in place once a PDF has been read', async () => {
    const bytes = readFileSync(
      join(import.meta.dirname, '../../fixtures/corpus/sb2nov-sourabh.pdf'),
    );
    const doc = await extractDocument(bytes, { pdfAssets: createNodePdfAssetLoader() });
    expect(doc.pageCount).toBeGreaterThan(0);
    // core-js disguises its polyfills' source text, so compare identity, not toString().
    expect(Array.prototype.push).toBe(NATIVE_ARRAY_PUSH);
    const list: number[] = [];
    expect(list.push(1, 2, 3)).toBe(3);
    expect(list).toEqual([1, 2, 3]);
  });
});
