import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../../src/engine/extract/pdf.js';
import type { ExtractedDocument } from '../../../src/engine/model/document.js';
import { DEFAULT_LIMITS } from '../../../src/engine/options.js';
import { createNodePdfAssetLoader } from '../../../src/node/pdf-assets.js';

const assets = createNodePdfAssetLoader();

function corpus(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url)));
}

function extract(name: string, withAssets = true): Promise<ExtractedDocument> {
  return extractPdf(corpus(name), {
    limits: DEFAULT_LIMITS,
    budget: { check() {} },
    pdfAssets: withAssets ? assets : undefined,
  });
}

const allText = (doc: ExtractedDocument) =>
  doc.pages.flatMap((p) => p.spans.map((s) => s.text)).join('');

describe('extractPdf on the corpus', () => {
  it('extracts Chinese text from predefined-CMap fonts when the asset loader is injected', async () => {
    const withLoader = await extract('zh-billryan.pdf');
    const withoutLoader = await extract('zh-billryan.pdf', false);
    expect(allText(withLoader)).toContain('上海交通大学');
    expect(allText(withLoader)).toContain('教育背景');
    // Without the CMaps the same file loses its CJK text: the loader is what makes it work.
    expect(allText(withoutLoader)).not.toContain('上海交通大学');
  });

  it('extracts the moderncv Chinese headings', async () => {
    const doc = await extract('moderncv-zh.pdf');
    expect(allText(doc)).toContain('教育背景');
    expect(allText(doc)).toContain('工作背景');
  });

  it('reads real font names and derives bold and italic from TeX font codes', async () => {
    const doc = await extract('sb2nov-sourabh.pdf');
    const name = doc.pages[0]!.spans.find((s) => s.text.includes('Sourabh Bajaj'))!;
    expect(name.fontName).toBe('CMBX12');
    expect(name.bold).toBe(true);
    expect(doc.pages[0]!.spans.some((s) => s.fontName.startsWith('CMTI') && s.italic)).toBe(true);
    expect(doc.fonts.map((f) => f.name)).toContain('WONCLS+CMBX12');
  });

  it('returns spans in top-left coordinates with font size from the text matrix', async () => {
    const doc = await extract('deedy-openfont.pdf');
    const page = doc.pages[0]!;
    const name = page.spans.find((s) => s.text.includes('Debarghya'))!;
    expect(name.fontSize).toBeGreaterThan(35);
    expect(name.baseline).toBeLessThan(page.height / 4);
    expect(name.box.y).toBeLessThan(name.baseline);
  });

  it('keeps mailto: and tel: link targets with their boxes', async () => {
    const doc = await extract('altacv-mmayer.pdf');
    const urls = doc.links.map((l) => l.url);
    expect(urls).toContain('mailto:mmayer@yahoo-inc.com');
    expect(urls).toContain('tel:000-00-0000');
    expect(doc.links.every((l) => (l.box?.width ?? 0) > 0 && [1, 2].includes(l.page))).toBe(true);
  });

  it('restores hyphens that a font maps to U+00AD (pdf.js drops them)', async () => {
    const doc = await extract('awesomecv-resume.pdf');
    expect(allText(doc)).toContain('high-impact');
  });

  it('reads document metadata and page facts', async () => {
    const doc = await extract('moderncv-classic-green.pdf');
    expect(doc.metadata.author).toBe('John Doe');
    expect(doc.metadata.created).toMatch(/^2013-04-29T/);
    expect(doc.pageCount).toBe(4);
    expect(doc.pages[0]!.width).toBeGreaterThan(500);
    expect(doc.diagnostics.find((d) => d.code === 'pdf.no-text-layer')).toBeUndefined();
  });

  it('reports icon-font glyphs as private-use glyphs', async () => {
    const doc = await extract('en-billryan.pdf');
    const diagnostic = doc.diagnostics.find((d) => d.code === 'pdf.private-use-glyphs');
    expect(diagnostic?.count).toBeGreaterThan(0);
  });

  it('leaves the caller’s bytes usable', async () => {
    const bytes = corpus('en-billryan.pdf');
    await extractPdf(bytes, { limits: DEFAULT_LIMITS, budget: { check() {} } });
    expect(bytes.byteLength).toBeGreaterThan(1000);
    expect(String.fromCharCode(...bytes.subarray(0, 5))).toBe('%PDF-');
  });
});
