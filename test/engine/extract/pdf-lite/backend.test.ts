import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEngineError } from '../../../../src/engine/errors.js';
import { extractPdf } from '../../../../src/engine/extract/pdf.js';
import type { PdfBackend, PdfBackendPage } from '../../../../src/engine/extract/pdf-backend.js';
import {
  liteBackend,
  type LiteBackendDocument,
} from '../../../../src/engine/extract/pdf-lite/backend.js';
import { pdfjsBackend } from '../../../../src/engine/extract/pdfjs-backend.js';
import { DEFAULT_LIMITS } from '../../../../src/engine/options.js';
import { createNodePdfAssetLoader } from '../../../../src/node/pdf-assets.js';
import { classicPdf, simplePageBodies, streamObject } from './pdf-builder.js';

const assets = createNodePdfAssetLoader();
const fixtures = join(import.meta.dirname, '../../../fixtures');
const fixture = (path: string) => new Uint8Array(readFileSync(join(fixtures, path)));

async function readAll(backend: PdfBackend, bytes: Uint8Array) {
  const doc = await backend.open(new Uint8Array(bytes), { assets });
  try {
    const pages: PdfBackendPage[] = [];
    for (let n = 1; n <= doc.pageCount; n++) pages.push(await doc.readPage(n));
    return { doc, pages };
  } finally {
    await doc.destroy();
  }
}

/** Deep copy with numbers rounded to 1e-6: float noise from a different operation order is not a difference. */
function rounded<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_, v: unknown) =>
      typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v,
    ),
  ) as T;
}

/** Two pages: plain text, then text in a Type3 font (which pdf-lite leaves to pdf.js). */
function type3Pdf(): Uint8Array {
  const bodies = simplePageBodies();
  bodies[2] = '<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 /MediaBox [0 0 612 792] >>';
  bodies[6] =
    '<< /Type /Page /Parent 2 0 R /Contents 7 0 R /Resources << /Font << /T3 8 0 R >> >> >>';
  bodies[7] = streamObject('', 'BT /T3 12 Tf 72 700 Td (ab) Tj ET');
  bodies[8] =
    '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /a 9 0 R /b 9 0 R >> /Encoding << /Type /Encoding /Differences [97 /a /b] >> /FirstChar 97 /LastChar 98 /Widths [1000 1000] /Resources << >> >>';
  bodies[9] = streamObject('', '1000 0 0 0 750 750 d1 0 0 750 750 re f');
  return classicPdf(bodies, '/Root 1 0 R');
}

describe('pdf-lite backend', () => {
  it('reads fixtures exactly as pdf.js does, all pages served by pdf-lite', async () => {
    for (const path of [
      'corpus/rendercv-classic.pdf',
      'resumes/en-word-classic.pdf',
      'layout/two-col-equal.pdf',
    ]) {
      const bytes = fixture(path);
      const lite = await readAll(liteBackend, bytes);
      const pdfjs = await readAll(pdfjsBackend, bytes);
      expect((lite.doc as LiteBackendDocument).served, path).toMatchObject({
        lite: lite.pages.length,
        pdfjs: 0,
      });
      expect(rounded(lite.pages), path).toEqual(rounded(pdfjs.pages));
      expect(lite.doc.metadata, path).toEqual(pdfjs.doc.metadata);
      expect(lite.doc.pageCount).toBe(pdfjs.doc.pageCount);
    }
  });

  it('hands an encrypted document to pdf.js whole', async () => {
    const bytes = fixture('malicious/encrypted-empty-password.pdf');
    const lite = await readAll(liteBackend, bytes);
    const pdfjs = await readAll(pdfjsBackend, bytes);
    expect((lite.doc as LiteBackendDocument).served).toMatchObject({
      lite: 0,
      reason: 'encrypted',
    });
    expect(lite.doc.isEncrypted).toBe(true);
    expect(rounded(lite.pages)).toEqual(rounded(pdfjs.pages));
  });

  it('lets pdf.js decide that a password is required', async () => {
    await expect(
      liteBackend.open(fixture('malicious/encrypted-password.pdf'), { assets }),
    ).rejects.toMatchObject({
      code: 'PDF_PASSWORD_REQUIRED',
    });
  });

  it('switches to pdf.js from the first page it cannot read', async () => {
    const bytes = type3Pdf();
    const lite = await readAll(liteBackend, bytes);
    const served = (lite.doc as LiteBackendDocument).served;
    expect(served).toMatchObject({ lite: 1, pdfjs: 1, fallbackPage: 2 });
    expect(served.reason).toMatch(/Type3/);
    expect(rounded(lite.pages)).toEqual(rounded((await readAll(pdfjsBackend, bytes)).pages));
    expect(lite.pages[1]!.fonts[0]?.type).toBe('Type3');
  });

  it('keeps the caller’s bytes intact when pdf.js takes over pages', async () => {
    const bytes = type3Pdf();
    const copy = new Uint8Array(bytes);
    const doc = await liteBackend.open(bytes, { assets, transfer: true });
    for (let n = 1; n <= doc.pageCount; n++) await doc.readPage(n);
    await doc.destroy();
    expect(bytes).toEqual(copy);
  });

  it('is the default backend of extractPdf', async () => {
    const doc = await extractPdf(fixture('layout/two-col-equal.pdf'), {
      limits: DEFAULT_LIMITS,
      budget: { check() {} },
      pdfAssets: assets,
    });
    expect(doc.pages[0]!.spans.length).toBeGreaterThan(10);
  });

  it('reads every malicious fixture to a result or an engine error, quickly', async () => {
    const dir = join(fixtures, 'malicious');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.pdf'))) {
      const started = performance.now();
      try {
        await extractPdf(new Uint8Array(readFileSync(join(dir, name))), {
          limits: DEFAULT_LIMITS,
          budget: { check() {} },
          pdfAssets: assets,
        });
      } catch (error) {
        expect(isEngineError(error), `${name}: ${String(error)}`).toBe(true);
      }
      expect(performance.now() - started, name).toBeLessThan(15_000);
    }
  }, 120_000);
});
