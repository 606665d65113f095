import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errors.js';
import { extractPdf } from '../../../src/engine/extract/pdf.js';
import { pdfjsBackend } from '../../../src/engine/extract/pdfjs-backend.js';
import type { ExtractedDocument } from '../../../src/engine/model/document.js';
import { DEFAULT_LIMITS, type Budget } from '../../../src/engine/options.js';
import { buildEncryptedPdf, buildPdf, column, letterSpaced } from '../../helpers/pdf-fixtures.js';

function extract(bytes: Uint8Array, budget: Budget = { check() {} }): Promise<ExtractedDocument> {
  return extractPdf(bytes, { limits: DEFAULT_LIMITS, budget });
}

const find = (doc: ExtractedDocument, code: string) => doc.diagnostics.find((d) => d.code === code);
const body = column(
  ['Senior engineer with ten years of experience', 'Built payment systems', 'Led a team of six'],
  { x: 72, top: 120 },
);

describe('extractPdf', () => {
  it('analyses only the first 50 of 60 pages and reports the total', async () => {
    const pages = Array.from({ length: 60 }, (_, i) => ({
      texts: [{ text: `Page body ${i + 1}`, x: 72, y: 100 }],
    }));
    const doc = await extract(await buildPdf({ pages }));
    expect(doc.pageCount).toBe(60);
    expect(doc.pagesAnalyzed).toBe(50);
    expect(doc.pages).toHaveLength(50);
    expect(find(doc, 'doc.pages-truncated')?.params).toEqual({ total: 60, analyzed: 50 });
  });

  it('checks the time budget between pages and stops when it is exceeded', async () => {
    const pages = Array.from({ length: 5 }, () => ({ texts: body }));
    const bytes = await buildPdf({ pages });
    let checks = 0;
    const budget = {
      check() {
        checks++;
        if (checks > 2) throw new EngineError('TIME_BUDGET_EXCEEDED');
      },
    };
    await expect(extract(bytes, budget)).rejects.toMatchObject({ code: 'TIME_BUDGET_EXCEEDED' });
    expect(checks).toBe(3);
  });

  it('derives bold and italic from Helvetica-Bold and Helvetica-Oblique', async () => {
    const doc = await extract(
      await buildPdf({
        pages: [
          {
            texts: [
              { text: 'EXPERIENCE', x: 72, y: 80, font: 'bold' },
              { text: 'Remote', x: 72, y: 100, font: 'italic' },
              ...body,
            ],
          },
        ],
      }),
    );
    const spans = doc.pages[0]!.spans;
    expect(spans.find((s) => s.text === 'EXPERIENCE')).toMatchObject({
      bold: true,
      italic: false,
      fontName: 'Helvetica-Bold',
    });
    expect(spans.find((s) => s.text === 'Remote')).toMatchObject({ bold: false, italic: true });
  });

  it('reports an image-only page as scanned with no text layer', async () => {
    const doc = await extract(
      await buildPdf({ pages: [{ images: [{ x: 0, y: 0, width: 595, height: 842 }] }] }),
    );
    expect(doc.pages[0]!.imageCount).toBe(1);
    expect(doc.pages[0]!.imageCoverage).toBeGreaterThan(0.95);
    expect(find(doc, 'pdf.no-text-layer')?.pages).toEqual([1]);
    expect(find(doc, 'pdf.scanned-pages')?.pages).toEqual([1]);
  });

  it('reports many vector paths without text as outlined text', async () => {
    const rects = Array.from({ length: 300 }, (_, i) => ({
      x: 50 + (i % 30) * 15,
      y: 100 + Math.floor(i / 30) * 20,
      width: 8,
      height: 12,
    }));
    const doc = await extract(await buildPdf({ pages: [{ rects }] }));
    expect(doc.pages[0]!.vectorOpCount).toBeGreaterThanOrEqual(300);
    expect(find(doc, 'pdf.vector-outlined-text')?.pages).toEqual([1]);
    expect(find(doc, 'pdf.scanned-pages')).toBeUndefined();
  });

  it('does not call a blank trailing page a missing text layer', async () => {
    const doc = await extract(await buildPdf({ pages: [{ texts: body }, {}] }));
    expect(find(doc, 'pdf.no-text-layer')).toBeUndefined();
  });

  it('flags white text on a white page and tiny text, but not white text on a dark banner', async () => {
    const doc = await extract(
      await buildPdf({
        pages: [
          {
            rects: [{ x: 0, y: 40, width: 595, height: 40, color: [0.1, 0.2, 0.5] }],
            texts: [
              ...body,
              { text: 'Jane Banner', x: 72, y: 65, size: 18, color: [1, 1, 1] },
              { text: 'kubernetes terraform', x: 72, y: 400, color: [1, 1, 1] },
              { text: 'stuffed keywords', x: 72, y: 420, size: 1 },
            ],
          },
        ],
      }),
    );
    const hidden = find(doc, 'pdf.hidden-text');
    expect(hidden?.count).toBe(2);
    expect(hidden?.sample).toContain('kubernetes terraform');
    expect(hidden?.sample).toContain('stuffed keywords');
    expect(hidden?.sample).not.toContain('Jane Banner');
  });

  it('reports letter-spaced headings', async () => {
    const doc = await extract(
      await buildPdf({
        pages: [{ texts: [...letterSpaced('EXPERIENCE', { x: 72, y: 90 }), ...body] }],
      }),
    );
    expect(find(doc, 'pdf.letter-spaced-text')?.count).toBe(1);
  });

  it('reports AcroForm fields', async () => {
    const doc = await extract(
      await buildPdf({
        pages: [
          { texts: body, fields: [{ name: 'email', x: 72, y: 300, width: 200, height: 20 }] },
        ],
      }),
    );
    expect(find(doc, 'pdf.form-fields')).toMatchObject({ pages: [1], count: 1 });
  });

  it('reads title and author metadata', async () => {
    const doc = await extract(
      await buildPdf({ title: 'Jane Doe CV', author: 'Jane Doe', pages: [{ texts: body }] }),
    );
    expect(doc.metadata).toMatchObject({ title: 'Jane Doe CV', author: 'Jane Doe' });
  });

  it('opens an owner-password-only PDF and reports it as encrypted', async () => {
    const bytes = buildEncryptedPdf({
      text: 'Jane Doe Software Engineer',
      userPassword: '',
      ownerPassword: 'owner',
    });
    const doc = await extract(bytes);
    expect(doc.pages[0]!.spans.map((s) => s.text).join(' ')).toContain(
      'Jane Doe Software Engineer',
    );
    expect(find(doc, 'pdf.encrypted')).toBeDefined();
  });

  it('rejects a PDF that needs a user password with PDF_PASSWORD_REQUIRED', async () => {
    const bytes = buildEncryptedPdf({
      text: 'Secret',
      userPassword: 'user',
      ownerPassword: 'owner',
    });
    await expect(extract(bytes)).rejects.toMatchObject({
      name: 'EngineError',
      code: 'PDF_PASSWORD_REQUIRED',
    });
  });

  it('turns unreadable bytes into PDF_CORRUPT, never a raw pdf.js error', async () => {
    const garbage = new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(2000));
    await expect(extract(garbage)).rejects.toMatchObject({
      name: 'EngineError',
      code: 'PDF_CORRUPT',
    });
  });

  it('ends a truncated PDF in a result or PDF_CORRUPT', async () => {
    const bytes = await buildPdf({ pages: [{ texts: body }] });
    const outcome = await extract(bytes.subarray(0, Math.floor(bytes.length * 0.6))).then(
      (doc) => doc.format,
      (error: unknown) => (error instanceof EngineError ? error.code : 'raw error'),
    );
    expect(['pdf', 'PDF_CORRUPT']).toContain(outcome);
  });

  it('uses an injected backend instead of pdf.js', async () => {
    const doc = await extractPdf(new Uint8Array([1]), {
      limits: DEFAULT_LIMITS,
      budget: { check() {} },
      pdfBackend: {
        name: 'fake',
        open: async () => ({
          pageCount: 1,
          isEncrypted: false,
          hasXfa: false,
          metadata: { title: 'fake' },
          destroy: async () => {},
          readPage: async (number) => ({
            number,
            width: 100,
            height: 100,
            spans: [],
            links: [],
            fonts: [],
            formFieldCount: 0,
            imageCount: 0,
            imageCoverage: 0,
            vectorOpCount: 0,
            paintedBoxes: [],
          }),
        }),
      },
    });
    expect(doc.metadata.title).toBe('fake');
    expect(find(doc, 'pdf.no-text-layer')?.pages).toEqual([1]);
  });

  describe('transferInput', () => {
    // pdf-lite (the default) only reads the bytes; giving them up matters to pdf.js.
    const extractWith = (bytes: Uint8Array, transferInput?: boolean) =>
      extractPdf(bytes, {
        limits: DEFAULT_LIMITS,
        budget: { check() {} },
        transferInput,
        pdfBackend: pdfjsBackend,
      });

    it('leaves the bytes intact by default', async () => {
      const bytes = await buildPdf({ pages: [{ texts: body }] });
      await extractWith(bytes);
      expect(bytes.byteLength).toBeGreaterThan(0);
    });

    it('hands a whole buffer to pdf.js without a copy when the bytes are given up', async () => {
      const bytes = new Uint8Array(await buildPdf({ pages: [{ texts: body }] }));
      const byteLength = bytes.byteLength;
      const given = await extractWith(bytes, true);
      expect(bytes.byteLength).toBe(0);
      expect(given.byteLength).toBe(byteLength);
      const copied = await extractWith(await buildPdf({ pages: [{ texts: body }] }));
      expect(given.pages).toEqual(copied.pages);
    });

    it('still copies a view of part of a buffer, or a Node Buffer', async () => {
      const pdf = await buildPdf({ pages: [{ texts: body }] });
      const padded = new Uint8Array(pdf.byteLength + 16);
      padded.set(pdf, 8);
      const view = padded.subarray(8, 8 + pdf.byteLength);
      const buffer = Buffer.from(pdf);
      await extractWith(view, true);
      await extractWith(buffer, true);
      expect(view.byteLength).toBe(pdf.byteLength);
      expect(buffer.byteLength).toBe(pdf.byteLength);
    });
  });
});
