/**
 * Hand-made font dictionaries for the font tests: a resolver over numbered objects whose streams
 * are stored unfiltered, and helpers that decode shown bytes into text and widths.
 */
import {
  loadFont,
  type LiteFont,
  type LiteGlyph,
} from '../../../../../src/engine/extract/pdf-lite/fonts/index.js';
import {
  PdfRef,
  PdfStream,
  type PdfDict,
  type PdfResolver,
  type PdfValue,
} from '../../../../../src/engine/extract/pdf-lite/objects.js';

export function bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

export function dict(entries: Record<string, PdfValue>): PdfDict {
  return new Map(Object.entries(entries));
}

export function stream(
  data: string | Uint8Array,
  entries: Record<string, PdfValue> = {},
): PdfStream {
  return new PdfStream(dict(entries), typeof data === 'string' ? bytes(data) : data);
}

export class FakeResolver implements PdfResolver {
  private readonly objects = new Map<number, PdfValue>();

  /** Stores an object and returns a reference to it. */
  add(value: PdfValue): PdfRef {
    const ref = new PdfRef(this.objects.size + 1, 0);
    this.objects.set(ref.num, value);
    return ref;
  }

  resolve(value: PdfValue | undefined): PdfValue {
    if (value instanceof PdfRef) return this.objects.get(value.num) ?? null;
    return value ?? null;
  }

  decode(data: PdfStream): Uint8Array {
    return data.raw;
  }
}

/** A ToUnicode CMap stream around `body`. */
export function toUnicode(body: string, codespace = '<00> <FF>'): PdfStream {
  return stream(
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n' +
      '/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n' +
      `1 begincodespacerange ${codespace} endcodespacerange\n${body}\n` +
      'endcmap CMapName currentdict /CMap defineresource pop end end',
  );
}

export function load(entries: Record<string, PdfValue>, resolver = new FakeResolver()): LiteFont {
  return loadFont(resolver, dict(entries));
}

export function glyphs(font: LiteFont, shown: string | number[]): LiteGlyph[] {
  const out: LiteGlyph[] = [];
  font.decode(typeof shown === 'string' ? bytes(shown) : Uint8Array.from(shown), out);
  return out;
}

export function text(font: LiteFont, shown: string | number[]): string {
  return glyphs(font, shown)
    .map((glyph) => glyph.unicode)
    .join('');
}

export function widths(font: LiteFont, shown: string | number[]): number[] {
  return glyphs(font, shown).map((glyph) => glyph.width);
}

/** A minimal sfnt (TrueType) with head, hhea, maxp, loca and glyf tables. */
export function trueTypeProgram(unitsPerEm: number, ascent: number, descent: number): Uint8Array {
  const tags = ['glyf', 'head', 'hhea', 'loca', 'maxp'];
  const sizes: Record<string, number> = { glyf: 4, head: 54, hhea: 36, loca: 4, maxp: 6 };
  const directory = 12 + tags.length * 16;
  const out = new Uint8Array(directory + tags.reduce((n, tag) => n + sizes[tag]!, 0));
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  let offset = directory;
  tags.forEach((tag, i) => {
    const at = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[at + k] = tag.charCodeAt(k);
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, sizes[tag]!);
    if (tag === 'head') view.setUint16(offset + 18, unitsPerEm);
    if (tag === 'hhea') {
      view.setInt16(offset + 4, ascent);
      view.setInt16(offset + 6, descent);
    }
    offset += sizes[tag]!;
  });
  return out;
}
