import { describe, expect, it } from 'vitest';
import { PdfUnsupported } from '../../../../../src/engine/extract/pdf-lite/objects.js';
import {
  bytes,
  dict,
  FakeResolver,
  glyphs,
  load,
  stream,
  text,
  toUnicode,
  trueTypeProgram,
  widths,
} from './font-fixtures.js';

const FIRST_32 = Array.from({ length: 224 }, () => 500);

describe('simple fonts: text', () => {
  it('reads WinAnsiEncoding codes as their glyph names say', () => {
    const font = load({ Subtype: 'TrueType', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' });
    expect(text(font, [0x41, 0x80, 0x95, 0xe9, 0x96])).toBe('A€•é–');
  });

  it('reports a code without a glyph name as the code itself, like pdf.js', () => {
    const font = load({ Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' });
    expect(text(font, [0x01, 0x1f])).toBe('\u0001\u001f');
  });

  it('overlays Differences on the base encoding, glyph name conventions included', () => {
    const font = load({
      Subtype: 'Type1',
      BaseFont: 'Helvetica',
      Encoding: dict({
        BaseEncoding: 'WinAnsiEncoding',
        Differences: [65, 'uni20AC', 'g00E9', 'C66', 'f_h', 'fi', 'u1F600', 'a12', '.notdef'],
      }),
    });
    // uni20AC, g00E9 (hex), C66 (decimal), f_h (ligature), fi, u1F600, an unknown name, .notdef.
    expect(glyphs(font, 'ABCDEFGH').map((glyph) => glyph.unicode)).toEqual([
      '€',
      'é',
      'B',
      'fh',
      'ﬁ',
      '😀',
      'G',
      'H',
    ]);
  });

  it('reads every Cxx name as hex once one of them is not decimal', () => {
    const font = load({
      Subtype: 'Type1',
      BaseFont: 'Helvetica',
      Encoding: dict({ Differences: [65, 'C41', 'C4A'] }),
    });
    expect(text(font, 'AB')).toBe('AJ');
  });

  it('prefers ToUnicode, including ligatures and surrogate pairs', () => {
    const font = load({
      Subtype: 'Type1',
      BaseFont: 'Helvetica',
      ToUnicode: toUnicode('3 beginbfchar <41> <0042> <42> <00660069> <43> <D83DDE00> endbfchar'),
    });
    expect(glyphs(font, 'ABC').map((glyph) => glyph.unicode)).toEqual(['B', 'fi', '😀']);
  });

  it('fills codes ToUnicode lacks from an explicit encoding only', () => {
    const map = toUnicode('1 beginbfchar <41> <0058> endbfchar');
    const withEncoding = load({
      Subtype: 'Type1',
      BaseFont: 'Helvetica',
      Encoding: dict({ Differences: [66, 'eacute'] }),
      ToUnicode: map,
    });
    expect(text(withEncoding, 'ABC')).toBe('XéC');
    const withoutEncoding = load({
      Subtype: 'Type1',
      BaseFont: 'Helvetica',
      ToUnicode: toUnicode('1 beginbfchar <41> <0058> endbfchar'),
    });
    // pdf.js then reports unmapped codes as themselves, not by the standard encoding.
    expect(text(withoutEncoding, [0x41, 0x27])).toBe("X'");
  });

  it('falls back to the code for a ToUnicode entry mapping to nothing', () => {
    const font = load({
      Subtype: 'Type1',
      BaseFont: 'Helvetica',
      ToUnicode: toUnicode('2 beginbfchar <41> <> <42> <00AD> endbfchar'),
    });
    expect(text(font, 'AB')).toBe('A\u00ad');
  });

  it('ignores an empty ToUnicode like pdf.js', () => {
    const font = load({
      Subtype: 'Type1',
      BaseFont: 'Helvetica',
      Encoding: 'WinAnsiEncoding',
      ToUnicode: toUnicode(''),
    });
    expect(text(font, [0x80])).toBe('€');
  });

  it('uses SymbolSetEncoding for an unembedded Symbol font', () => {
    const font = load({ Subtype: 'Type1', BaseFont: 'Symbol' });
    expect(text(font, 'abp')).toBe('αβπ');
  });

  it('reads a symbolic embedded font without encoding through MacRomanEncoding', () => {
    const resolver = new FakeResolver();
    const font = load(
      {
        Subtype: 'Type1',
        BaseFont: 'ABCDEF+Glyphs',
        FirstChar: 32,
        LastChar: 255,
        Widths: FIRST_32,
        FontDescriptor: resolver.add(
          dict({
            FontName: 'ABCDEF+Glyphs',
            Flags: 4,
            FontFile3: stream('\u0001\u0000\u0004\u0002', { Subtype: 'Type1C' }),
          }),
        ),
        ToUnicode: toUnicode('1 beginbfchar <41> <0041> endbfchar'),
      },
      resolver,
    );
    expect(text(font, [0x41, 0x80])).toBe('A\u0080');
  });

  it('reads a Type1 program’s built-in encoding when nothing else maps a code', () => {
    const program =
      '%!PS-AdobeFont-1.0: Test 001\n/FontName /Test def\n/Encoding 256 array\n' +
      '0 1 255 {1 index exch /.notdef put} for\ndup 65 /B put\ndup 66 /uni0416 put\n' +
      'dup 67 /quoteright put\nreadonly def\ncurrentdict end\ncurrentfile eexec\n';
    const resolver = new FakeResolver();
    const file = stream(program + '\u00ff'.repeat(8), { Length1: program.length });
    const font = load(
      {
        Subtype: 'Type1',
        BaseFont: 'ABCDEF+Test',
        FirstChar: 32,
        LastChar: 255,
        Widths: FIRST_32,
        FontDescriptor: resolver.add(dict({ FontName: 'ABCDEF+Test', Flags: 4, FontFile: file })),
        Encoding: dict({ Differences: [67, 'C'] }),
      },
      resolver,
    );
    // 65, 66 from the program; 67 from Differences, which wins; 68 from MacRoman (symbolic).
    expect(text(font, 'ABCD')).toBe('BЖCD');
  });

  it('marks code 32 as a word space', () => {
    const font = load({ Subtype: 'Type1', BaseFont: 'Helvetica' });
    expect(glyphs(font, ' a').map((glyph) => glyph.isWordSpace)).toEqual([true, false]);
  });
});

describe('simple fonts: widths and metrics', () => {
  it('takes widths from /Widths, MissingWidth for codes outside it', () => {
    const resolver = new FakeResolver();
    const font = load(
      {
        Subtype: 'TrueType',
        BaseFont: 'Calibri',
        Encoding: 'WinAnsiEncoding',
        FirstChar: 65,
        LastChar: 66,
        Widths: [600, resolver.add(610)],
        FontDescriptor: resolver.add(
          dict({ FontName: 'Calibri', Flags: 32, MissingWidth: 250, Ascent: 750, Descent: -250 }),
        ),
      },
      resolver,
    );
    expect(widths(font, 'ABC')).toEqual([600, 610, 250]);
    expect(font.ascent).toBe(0.75);
    expect(font.descent).toBe(-0.25);
  });

  it('uses the standard fonts’ metrics when /Widths is missing', () => {
    const font = load({ Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' });
    expect(widths(font, 'Ai ')).toEqual([667, 222, 278]);
    expect(widths(load({ Subtype: 'Type1', BaseFont: 'Courier' }), 'Ai')).toEqual([600, 600]);
  });

  it('reports unembedded standard fonts as loaded, with pdf.js’s Liberation Sans metrics', () => {
    const font = load({ Subtype: 'TrueType', BaseFont: 'Arial,Bold', Encoding: 'WinAnsiEncoding' });
    expect(font).toMatchObject({ name: 'Arial-Bold', embedded: true, bold: false, italic: false });
    expect(font.ascent).toBeCloseTo(0.905, 3);
  });

  it('guesses the style of a substituted font from its name, like pdf.js', () => {
    const resolver = new FakeResolver();
    const font = load(
      {
        Subtype: 'TrueType',
        BaseFont: 'Calibri-BoldItalic',
        FirstChar: 32,
        LastChar: 255,
        Widths: FIRST_32,
        FontDescriptor: resolver.add(dict({ FontName: 'Calibri-BoldItalic', Flags: 32 })),
      },
      resolver,
    );
    expect(font).toMatchObject({ embedded: false, bold: true, italic: true });
    // No Ascent in the descriptor: pdf.js takes Helvetica's (the substitute's) metrics.
    expect(font.ascent).toBe(0.718);
  });

  it('reads the ascent of an embedded TrueType program from hhea, not the descriptor', () => {
    const resolver = new FakeResolver();
    const font = load(
      {
        Subtype: 'TrueType',
        BaseFont: 'ABCDEF+Sans',
        Encoding: 'WinAnsiEncoding',
        FirstChar: 32,
        LastChar: 255,
        Widths: FIRST_32,
        FontDescriptor: resolver.add(
          dict({
            FontName: 'ABCDEF+Sans',
            Flags: 32,
            Ascent: 0,
            Descent: 0,
            FontFile2: stream(trueTypeProgram(2048, 1900, -500)),
          }),
        ),
      },
      resolver,
    );
    expect(font).toMatchObject({ name: 'ABCDEF+Sans', embedded: true });
    expect(font.ascent).toBeCloseTo(1900 / 2048);
    expect(font.descent).toBeCloseTo(-500 / 2048);
  });

  it('keeps the descriptor’s FontName unless the BaseFont extends it or is the known one', () => {
    const resolver = new FakeResolver();
    const entries = (fontName: string, baseFont: string) => ({
      Subtype: 'Type1',
      BaseFont: baseFont,
      FirstChar: 32,
      LastChar: 255,
      Widths: FIRST_32,
      FontDescriptor: resolver.add(dict({ FontName: fontName, Flags: 32 })),
    });
    expect(load(entries('Xyzzy', 'Plugh'), resolver).name).toBe('Xyzzy');
    expect(load(entries('Garamond', 'Garamond-Bold'), resolver).name).toBe('Garamond-Bold');
    expect(load(entries('Xyzzy', 'Garamond'), resolver).name).toBe('Garamond');
  });
});

describe('simple fonts: refused', () => {
  it('leaves Type3 fonts to pdf.js', () => {
    expect(() => load({ Subtype: 'Type3', FontMatrix: [0.001, 0, 0, 0.001, 0, 0] })).toThrow(
      PdfUnsupported,
    );
  });

  it('refuses a malformed CFF program when its built-in encoding is needed', () => {
    const resolver = new FakeResolver();
    const descriptor = dict({
      FontName: 'ABCDEF+Serif',
      Flags: 4,
      FontFile3: stream(bytes('\u0001\u0000\u0004\u0002'), { Subtype: 'Type1C' }),
    });
    expect(() =>
      load(
        {
          Subtype: 'Type1',
          BaseFont: 'ABCDEF+Serif',
          FirstChar: 32,
          LastChar: 255,
          Widths: FIRST_32,
          FontDescriptor: resolver.add(descriptor),
        },
        resolver,
      ),
    ).toThrow(PdfUnsupported);
  });

  it('refuses invalid Differences entries', () => {
    expect(() =>
      load({
        Subtype: 'Type1',
        BaseFont: 'Helvetica',
        Encoding: dict({ Differences: [65, bytes('A')] }),
      }),
    ).toThrow(PdfUnsupported);
  });
});
