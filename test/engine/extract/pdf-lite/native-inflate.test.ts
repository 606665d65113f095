import { readFileSync } from 'node:fs';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/engine/index.js';
import { applyFilters, DecodeBudget } from '../../../../src/engine/extract/pdf-lite/filters.js';
import { PdfUnsupported } from '../../../../src/engine/extract/pdf-lite/objects.js';
import { nodeInflater } from '../../../../src/node/inflate.js';
import { createNodePdfAssetLoader } from '../../../../src/node/pdf-assets.js';

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const native = (remaining = 1 << 20) => new DecodeBudget(remaining, nodeInflater);

describe('pdf-lite with the host inflater (node:zlib)', () => {
  it('inflates Flate data with and without the zlib header, charging the budget', () => {
    const plain = bytes('BT /F1 12 Tf (Hello) Tj ET');
    const budget = native();
    expect(applyFilters(zlibSync(plain), 'FlateDecode', null, budget)).toEqual(plain);
    expect(applyFilters(zlibSync(plain).subarray(2), 'Fl', null, budget)).toEqual(plain);
    expect(budget.remaining).toBe((1 << 20) - 2 * plain.length);
  });

  it('refuses damaged data and data past the budget, so pdf.js reads the page', () => {
    const data = zlibSync(bytes('x'.repeat(5000) + 'y'.repeat(5000)));
    expect(() =>
      applyFilters(data.subarray(0, data.length >> 1), 'FlateDecode', null, native()),
    ).toThrow(PdfUnsupported);
    expect(() => applyFilters(data, 'FlateDecode', null, native(4096))).toThrow(PdfUnsupported);
  });

  it('extracts the same document as with fflate', async () => {
    const pdfAssets = createNodePdfAssetLoader();
    for (const name of ['corpus/rendercv-classic.pdf', 'resumes/en-word-classic.pdf']) {
      const file = new Uint8Array(readFileSync(`test/fixtures/${name}`));
      const withNative = await extractDocument(file, { pdfAssets, inflater: nodeInflater });
      const withFflate = await extractDocument(file, { pdfAssets });
      expect(withNative).toEqual(withFflate);
      expect(withNative.pages[0]!.spans.length).toBeGreaterThan(20);
    }
  });
});
