import { describe, expect, it } from 'vitest';
import { classifyFontStyle } from '../../../src/engine/extract/font-style.js';
import {
  diagnoseTextQuality,
  normalizeLigatures,
} from '../../../src/engine/extract/pdf-text-quality.js';
import type { TextSpan } from '../../../src/engine/model/document.js';

function span(text: string, page = 1): TextSpan {
  return {
    text,
    page,
    box: { x: 0, y: 0, width: 10, height: 10 },
    baseline: 10,
    fontSize: 10,
    fontName: 'F',
    bold: false,
    italic: false,
  };
}

describe('normalizeLigatures', () => {
  it('replaces ligature glyphs with plain letters and reports them', () => {
    const spans = [span('Proﬁcient in ﬂuid workﬂows'), span('no ligatures here')];
    const diagnostic = normalizeLigatures(spans);
    expect(spans[0]!.text).toBe('Proficient in fluid workflows');
    expect(diagnostic).toMatchObject({ code: 'pdf.ligatures', count: 3, pages: [1] });
  });

  it('reports nothing when there are no ligatures', () => {
    expect(normalizeLigatures([span('office')])).toBeUndefined();
  });
});

describe('diagnoseTextQuality', () => {
  const english =
    'Designed and shipped a payment platform used by millions of customers across Europe and Asia';

  it('flags a page made mostly of control and unassigned characters as garbled', () => {
    const garbled = '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008'.repeat(4) + ' abc';
    const [diagnostic] = diagnoseTextQuality([[span(garbled)]]);
    expect(diagnostic?.code).toBe('pdf.garbled-text');
    expect(Number(diagnostic?.params?.badCharRatio)).toBeGreaterThan(0.5);
  });

  it('flags text whose letters were remapped to consonant soup (broken ToUnicode) as garbled', () => {
    const consonants = 'bcdfghjklmnpqrstvwxz';
    const shifted = english.replace(/[a-z]/g, (c) => consonants[(c.charCodeAt(0) - 97) % 20]!);
    const codes = diagnoseTextQuality([[span(shifted), span(shifted), span(shifted)]]).map(
      (d) => d.code,
    );
    expect(codes).toContain('pdf.garbled-text');
  });

  it('accepts ordinary text with acronyms', () => {
    const text = `${english} with SQL HTML CSS and PHP`;
    expect(diagnoseTextQuality([[span(text), span(text)]])).toEqual([]);
  });

  it('counts private-use glyphs per page', () => {
    const [diagnostic] = diagnoseTextQuality([
      [span('\uf0e0 jane@example.com')],
      [span('\uf095 +1 555', 2)],
    ]);
    expect(diagnostic).toMatchObject({ code: 'pdf.private-use-glyphs', count: 2, pages: [1, 2] });
  });

  it('finds letter-spaced text inside a span', () => {
    const [diagnostic] = diagnoseTextQuality([[span('E X P E R I E N C E')]]);
    expect(diagnostic).toMatchObject({ code: 'pdf.letter-spaced-text', count: 1 });
  });

  /** One span per glyph, each 6 pt wide, `gap` points apart, on one baseline. */
  const glyphRun = (word: string, gap: number): TextSpan[] =>
    [...word].map((letter, i) => ({
      ...span(letter),
      box: { x: 72 + i * (6 + gap), y: 0, width: 6, height: 10 },
    }));

  it('reports glyphs placed with wide gaps as letter-spaced', () => {
    const [diagnostic] = diagnoseTextQuality([glyphRun('CONTACT', 4)]);
    expect(diagnostic).toMatchObject({ code: 'pdf.letter-spaced-text' });
  });

  it('leaves light tracking alone, which extractors still read as one word', () => {
    expect(diagnoseTextQuality([glyphRun('CONTACT', 1.5)])).toEqual([]);
  });
});

describe('classifyFontStyle', () => {
  it.each([
    ['ABCDEF+Arial-BoldMT', true, false],
    ['Lato-SemiboldItalic', true, true],
    ['Roboto-Black', true, false],
    ['CMBX10', true, false],
    ['CMTI10', false, true],
    ['LMRomanSlant10-Regular', false, true],
    ['Helvetica-Oblique', false, true],
    ['CMR10', false, false],
    ['SourceSans3-Regular', false, false],
    ['FiraSans-Semi', false, false],
  ])('%s -> bold %s, italic %s', (name, bold, italic) => {
    expect(classifyFontStyle(name)).toEqual({ bold, italic });
  });
});
