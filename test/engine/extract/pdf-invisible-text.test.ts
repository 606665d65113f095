import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../../src/engine/extract/pdf.js';
import { diagnoseTextQuality } from '../../../src/engine/extract/pdf-text-quality.js';
import type { TextSpan } from '../../../src/engine/model/document.js';
import { DEFAULT_LIMITS } from '../../../src/engine/options.js';
import { buildPdf, column } from '../../helpers/pdf-fixtures.js';

const context = { limits: DEFAULT_LIMITS, budget: { check() {} } };

describe('invisible text (rendering mode 3)', () => {
  it('keeps invisible text, marks its spans and reports it as hidden', async () => {
    const doc = await extractPdf(
      await buildPdf({
        pages: [
          {
            texts: [
              ...column(['Visible heading', 'Visible body text line'], { x: 40, top: 80 }),
              { text: 'Invisible keywords python kubernetes', x: 40, y: 200, invisible: true },
            ],
          },
        ],
      }),
      context,
    );
    const spans = doc.pages[0]!.spans;
    const hidden = spans.find((s) => s.text.startsWith('Invisible'));
    expect(hidden?.invisible).toBe(true);
    expect(spans.find((s) => s.text === 'Visible heading')?.invisible).toBeUndefined();
    const diagnostic = doc.diagnostics.find((d) => d.code === 'pdf.hidden-text');
    expect(diagnostic).toMatchObject({ count: 1, params: { reasons: 'invisible' } });
  });

  it('calls invisible text over a page-sized image an OCR layer', async () => {
    const doc = await extractPdf(
      await buildPdf({
        pages: [
          {
            images: [{ x: 0, y: 0, width: 595, height: 842 }],
            texts: [{ text: 'Jane Doe Senior Engineer', x: 40, y: 80, invisible: true }],
          },
        ],
      }),
      context,
    );
    const diagnostic = doc.diagnostics.find((d) => d.code === 'pdf.hidden-text');
    expect(diagnostic?.params).toEqual({ reasons: 'ocr-layer' });
    expect(doc.diagnostics.some((d) => d.code === 'pdf.no-text-layer')).toBe(false);
  });
});

describe('private-use glyph diagnostic', () => {
  const spanOf = (text: string, fontName: string): TextSpan => ({
    text,
    page: 1,
    box: { x: 0, y: 0, width: 10, height: 10 },
    baseline: 10,
    fontSize: 10,
    fontName,
    bold: false,
    italic: false,
  });

  it('ignores Symbol-font list bullets but reports private-use text', () => {
    const bullets = [spanOf('\uf0b7', 'OpenSymbol'), spanOf('\uf0b7', 'ABCDEF+Symbol')];
    expect(diagnoseTextQuality([bullets]).some((d) => d.code === 'pdf.private-use-glyphs')).toBe(
      false,
    );
    const text = [spanOf('\ue001\ue002\ue003', 'CustomFont')];
    expect(
      diagnoseTextQuality([text]).find((d) => d.code === 'pdf.private-use-glyphs'),
    ).toMatchObject({ count: 3 });
  });
});
