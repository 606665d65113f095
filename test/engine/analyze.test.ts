import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTextExtractable } from '../../src/engine/analyze.js';
import { analyze, EngineError, SCHEMA_VERSION } from '../../src/engine/index.js';
import type { ExtractedDocument } from '../../src/engine/model/document.js';
import { createNodePdfAssetLoader } from '../../src/node/pdf-assets.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const pdfAssets = createNodePdfAssetLoader();

describe('analyze', () => {
  it('accepts a Node Buffer (a Uint8Array subclass) and leaves it unchanged', async () => {
    const buffer = readFileSync(join(fixtures, 'resumes', 'fr-cv.pdf'));
    const copy = Buffer.from(buffer);
    const report = await analyze(buffer, { pdfAssets, declaredName: 'fr-cv.pdf' });
    expect(report.document.format).toBe('pdf');
    expect(report.contact.emails).toEqual(['camille.durand@example.fr']);
    expect(buffer.equals(copy)).toBe(true);
  });

  it('returns the report contract for a DOCX', async () => {
    const bytes = readFileSync(join(fixtures, 'resumes', 'en-word-classic.docx'));
    const report = await analyze(bytes, { declaredName: 'cv.docx' });
    expect(report.schemaVersion).toBe(SCHEMA_VERSION);
    expect(report.document).toMatchObject({
      format: 'docx',
      textExtractable: true,
      language: 'en',
    });
    expect(report.contact.name).toBe('Jane Q. Doe');
    expect(report.sections.map((s) => s.kind)).toContain('experience');
    expect(report.experience[0]).toMatchObject({ start: '2021-01', current: true });
    expect(report.text).toContain('Lumen Payments');
  });

  it('analyzes a string as plain text', async () => {
    const report = await analyze(
      'Ada Lovelace\nada@example.org\n\nEXPERIENCE\nAnalyst, Engines Ltd\n2019 - 2021\n',
    );
    expect(report.document.format).toBe('txt');
    expect(report.contact.emails).toEqual(['ada@example.org']);
    expect(report.document.words).toBeGreaterThan(5);
  });

  it('reports timings when a clock is passed', async () => {
    let tick = 0;
    const report = await analyze('Ada Lovelace\nada@example.org\n', { clock: () => (tick += 5) });
    expect(report.timing).toBeDefined();
    expect(report.timing?.extractMs).toBeGreaterThan(0);
  });

  it('stops with TIME_BUDGET_EXCEEDED when the injected clock runs past the budget', async () => {
    let now = 0;
    const bytes = readFileSync(join(fixtures, 'corpus', 'awesomecv-cv.pdf'));
    const run = analyze(bytes, { pdfAssets, clock: () => (now += 1000), timeBudgetMs: 2500 });
    await expect(run).rejects.toMatchObject({ code: 'TIME_BUDGET_EXCEEDED' });
    await expect(run).rejects.toBeInstanceOf(EngineError);
  });

  it('stops with ABORTED when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(analyze('Ada', { signal: controller.signal })).rejects.toMatchObject({
      code: 'ABORTED',
    });
  });
});

describe('isTextExtractable', () => {
  const doc = (pagesAnalyzed: number, diagnostics: ExtractedDocument['diagnostics']) =>
    ({ pagesAnalyzed, diagnostics }) as ExtractedDocument;

  it.each([
    ['no words at all', doc(1, []), 0, false],
    [
      'every page without a text layer',
      doc(2, [{ code: 'pdf.no-text-layer', pages: [1, 2] }]),
      3,
      false,
    ],
    ['one scanned page in three', doc(3, [{ code: 'pdf.no-text-layer', pages: [3] }]), 400, true],
    ['most pages garbled', doc(2, [{ code: 'pdf.garbled-text', pages: [1] }]), 300, false],
    ['one garbled page in three', doc(3, [{ code: 'pdf.garbled-text', pages: [2] }]), 500, true],
    ['a clean document', doc(1, []), 250, true],
  ])('%s', (_name, extracted, words, expected) => {
    expect(isTextExtractable(extracted, words)).toBe(expected);
  });
});
