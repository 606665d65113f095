import { describe, expect, it } from 'vitest';
import { findBoldPrefix } from '../../../src/engine/layout/bold-prefix.js';
import { normalizeLeadingGlyph } from '../../../src/engine/layout/leading-glyph.js';
import type { TextSpan } from '../../../src/engine/model/document.js';
import { layoutFixture } from '../../helpers/layout-fixture.js';

function span(text: string, options: { x?: number; bold?: boolean; font?: string } = {}): TextSpan {
  const x = options.x ?? 0;
  return {
    text,
    page: 1,
    box: { x, y: 0, width: text.length * 5, height: 10 },
    baseline: 8,
    fontSize: 10,
    fontName: options.font ?? 'Arial',
    bold: options.bold ?? false,
    italic: false,
  };
}

describe('normalizeLeadingGlyph', () => {
  it('turns a Symbol-font bullet into "•" and flags the line', () => {
    const glyph = '\uf0b7';
    expect(
      normalizeLeadingGlyph(`${glyph} Led a team`, span(glyph, { font: 'OpenSymbol' })),
    ).toEqual({ text: '• Led a team', bullet: true });
    expect(normalizeLeadingGlyph('\uf0a7 Built', span('\uf0a7', { font: 'Wingdings' }))).toEqual({
      text: '• Built',
      bullet: true,
    });
  });

  it('strips an icon-font glyph in front of a heading instead of calling it a bullet', () => {
    const icon = '\uf19d';
    expect(normalizeLeadingGlyph(`${icon} Education`, span(icon, { font: 'FontAwesome' }))).toEqual(
      { text: 'Education', bullet: false },
    );
  });

  it('keeps an icon-font glyph before a sentence as a bullet', () => {
    const icon = '\uf054';
    const text = `${icon} Shipped the billing platform to all customers`;
    expect(normalizeLeadingGlyph(text, span(icon, { font: 'FontAwesome' }))).toEqual({
      text,
      bullet: true,
    });
  });

  it('leaves ordinary lines alone', () => {
    expect(normalizeLeadingGlyph('Plain text', span('Plain text'))).toEqual({
      text: 'Plain text',
      bullet: false,
    });
  });
});

describe('findBoldPrefix', () => {
  it('returns the leading bold run of a mixed line, without the trailing separator', () => {
    const spans = [
      span('Analista Financeira Sênior', { bold: true }),
      span(' – Grupo Paulista de Varejo', { x: 131 }),
    ];
    expect(findBoldPrefix(spans)).toBe('Analista Financeira Sênior');
  });

  it('skips a bullet marker before the bold run', () => {
    const spans = [span('•'), span('Lead', { x: 10, bold: true }), span('of the team', { x: 40 })];
    expect(findBoldPrefix(spans)).toBe('Lead');
  });

  it('is absent for all-bold and all-regular lines', () => {
    expect(findBoldPrefix([span('Experience', { bold: true })])).toBeUndefined();
    expect(findBoldPrefix([span('plain'), span('bold', { x: 40, bold: true })])).toBeUndefined();
  });
});

describe('Word-style PDFs', () => {
  it('flags Symbol-font bullets and rewrites the glyph', async () => {
    const doc = await layoutFixture('resumes', 'fr-cv.pdf');
    expect(doc.lines.some((l) => /[\ue000-\uf8ff]/u.test(l.text))).toBe(false);
    const bullet = doc.lines.find((l) => l.text.startsWith('• Pilotage'));
    expect(bullet?.bullet).toBe(true);
  });

  it('records the bold title at the start of an entry line', async () => {
    const doc = await layoutFixture('resumes', 'pt-curriculo.pdf');
    const line = doc.lines.find((l) => l.text.startsWith('Analista Financeira Sênior'));
    expect(line?.bold).toBe(false);
    expect(line?.boldPrefix).toBe('Analista Financeira Sênior');
  });

  it('strips the icon in front of icon-font headings', async () => {
    const doc = await layoutFixture('corpus', 'en-billryan.pdf');
    const heading = doc.lines.find((l) => l.text === 'Education');
    expect(heading).toBeDefined();
    expect(heading!.bullet).toBeUndefined();
  });
});
