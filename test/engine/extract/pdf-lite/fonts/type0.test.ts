import { describe, expect, it } from 'vitest';
import type { PdfValue } from '../../../../../src/engine/extract/pdf-lite/objects.js';
import { PdfUnsupported } from '../../../../../src/engine/extract/pdf-lite/objects.js';
import {
  dict,
  FakeResolver,
  glyphs,
  load,
  stream,
  text,
  toUnicode,
  widths,
} from './font-fixtures.js';

function type0(
  resolver: FakeResolver,
  options: {
    encoding?: PdfValue;
    w?: PdfValue[];
    dw?: number;
    map?: PdfValue;
    system?: [string, string];
  } = {},
) {
  const descriptor = resolver.add(
    dict({ FontName: 'ABCDEF+Sans', Flags: 4, Ascent: 800, Descent: -200 }),
  );
  const descendant = dict({
    Subtype: 'CIDFontType0',
    BaseFont: 'ABCDEF+Sans',
    FontDescriptor: descriptor,
    CIDSystemInfo: dict({
      Registry: new TextEncoder().encode(options.system?.[0] ?? 'Adobe'),
      Ordering: new TextEncoder().encode(options.system?.[1] ?? 'Identity'),
      Supplement: 0,
    }),
    ...(options.w ? { W: options.w } : {}),
    ...(options.dw !== undefined ? { DW: options.dw } : {}),
  });
  return load(
    {
      Subtype: 'Type0',
      BaseFont: 'ABCDEF+Sans-Identity-H',
      Encoding: options.encoding ?? 'Identity-H',
      DescendantFonts: [resolver.add(descendant)],
      ...(options.map !== undefined ? { ToUnicode: options.map } : {}),
    },
    resolver,
  );
}

const IDENTITY_MAP = toUnicode('1 beginbfrange <0000> <00FF> <0000> endbfrange', '<0000> <FFFF>');

describe('Type0 fonts', () => {
  it('splits Identity-H strings into two-byte codes and reads their ToUnicode text', () => {
    const font = type0(new FakeResolver(), { map: IDENTITY_MAP });
    expect(text(font, [0, 0x41, 0, 0x42])).toBe('AB');
    expect(font).toMatchObject({ name: 'ABCDEF+Sans', singleByte: false, vertical: false });
    expect(font.ascent).toBe(0.8);
  });

  it('reads both forms of /W and falls back to /DW', () => {
    const font = type0(new FakeResolver(), {
      map: IDENTITY_MAP,
      w: [65, [600, 610], 70, 72, 700],
      dw: 999.5,
    });
    expect(widths(font, [0, 65, 0, 66, 0, 71, 0, 80])).toEqual([600, 610, 700, 1000]);
  });

  it('defaults the width to 1000 without /DW', () => {
    const font = type0(new FakeResolver(), { map: IDENTITY_MAP });
    expect(widths(font, [0, 65])).toEqual([1000]);
  });

  it('splits codes by the code space ranges of an embedded CMap and maps them to CIDs', () => {
    const cmap = stream(
      '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def\n' +
        '2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange\n' +
        '1 begincidrange <8000> <80FF> 1000 endcidrange\n1 begincidchar <41> 5 endcidchar\n' +
        'endcmap CMapName currentdict /CMap defineresource pop end end',
    );
    const font = type0(new FakeResolver(), {
      encoding: cmap,
      w: [5, [123], 1001, [456]],
      map: toUnicode('2 beginbfchar <41> <0041> <8001> <00E9> endbfchar', '<00> <FF>'),
    });
    const shown = [0x41, 0x80, 0x01, 0x42];
    expect(text(font, shown)).toBe('AéB');
    // 0x41 is CID 5, 0x8001 CID 1001; 0x42 has no CID and is measured as itself (default width).
    expect(widths(font, shown)).toEqual([123, 456, 1000]);
  });

  it('reports vertical writing for Identity-V', () => {
    expect(type0(new FakeResolver(), { encoding: 'Identity-V', map: IDENTITY_MAP }).vertical).toBe(
      true,
    );
  });

  it('marks code 32 as a word space even in two-byte fonts, as pdf.js applies Tw', () => {
    const font = type0(new FakeResolver(), { map: IDENTITY_MAP });
    expect(glyphs(font, [0, 32, 0x20, 0x20]).map((glyph) => glyph.isWordSpace)).toEqual([
      true,
      false,
    ]);
  });

  it('reports codes as characters without ToUnicode, like pdf.js', () => {
    expect(text(type0(new FakeResolver()), [0, 0x41])).toBe('A');
  });

  it('leaves CJK character collections without ToUnicode to pdf.js', () => {
    expect(() => type0(new FakeResolver(), { system: ['Adobe', 'Japan1'] })).toThrow(
      PdfUnsupported,
    );
  });

  it('leaves predefined CMaps other than Identity to pdf.js', () => {
    expect(() =>
      type0(new FakeResolver(), { encoding: 'UniGB-UCS2-H', map: IDENTITY_MAP }),
    ).toThrow(PdfUnsupported);
  });

  it('refuses a hostile /W range', () => {
    expect(() => type0(new FakeResolver(), { map: IDENTITY_MAP, w: [0, 0x7fffffff, 500] })).toThrow(
      PdfUnsupported,
    );
  });
});
