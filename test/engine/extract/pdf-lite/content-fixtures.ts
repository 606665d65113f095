/**
 * Hand-made inputs for the content interpreter: a resolver over a map of numbered objects and a
 * one-byte font whose glyph for code c is the character c, 500 units wide.
 */
import {
  readPageContent,
  type PageContent,
} from '../../../../src/engine/extract/pdf-lite/content.js';
import type { LiteFont, LiteGlyph } from '../../../../src/engine/extract/pdf-lite/fonts/index.js';
import {
  PdfRef,
  PdfStream,
  type Matrix,
  type PdfDict,
  type PdfResolver,
  type PdfValue,
} from '../../../../src/engine/extract/pdf-lite/objects.js';

export const encoder = new TextEncoder();

export function bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

export function dict(entries: Record<string, PdfValue>): PdfDict {
  return new Map(Object.entries(entries));
}

export function stream(entries: Record<string, PdfValue>, content: string | Uint8Array): PdfStream {
  return new PdfStream(dict(entries), typeof content === 'string' ? bytes(content) : content);
}

export class FakeResolver implements PdfResolver {
  readonly objects = new Map<number, PdfValue>();

  add(num: number, value: PdfValue): PdfRef {
    this.objects.set(num, value);
    return new PdfRef(num, 0);
  }

  resolve(value: PdfValue | undefined): PdfValue {
    if (value instanceof PdfRef) return this.objects.get(value.num) ?? null;
    return value ?? null;
  }

  decode(s: PdfStream): Uint8Array {
    return s.raw;
  }
}

export interface FakeFontOptions {
  name?: string;
  widths?: Record<string, number>;
  /** Code -> text overrides (e.g. 0xad -> '\u00ad'). */
  unicode?: Record<number, string>;
  vertical?: boolean;
  bold?: boolean;
}

export function fakeFont(options: FakeFontOptions = {}): LiteFont {
  const glyphs: LiteGlyph[] = [];
  for (let code = 0; code < 256; code++) {
    const unicode = options.unicode?.[code] ?? String.fromCharCode(code);
    glyphs.push({
      unicode,
      width: options.widths?.[unicode] ?? 500,
      isWordSpace: code === 32,
    });
  }
  return {
    name: options.name ?? 'ABCDEF+Test-Regular',
    bold: options.bold ?? false,
    italic: false,
    embedded: true,
    vertical: options.vertical ?? false,
    ascent: 0.75,
    descent: -0.25,
    singleByte: true,
    decode(data, out) {
      for (const code of data) out.push(glyphs[code]!);
    },
  };
}

/** Letter-size page, viewport like pdf.js's at scale 1. */
export const VIEW: [number, number, number, number] = [0, 0, 612, 792];
export const VIEW_TRANSFORM: Matrix = [1, 0, 0, -1, 0, 792];

export interface RunOptions {
  resources?: PdfDict;
  resolver?: FakeResolver;
  fonts?: Record<string, LiteFont>;
}

/**
 * Runs `content` with fonts F1 (the fake font) and any extra fonts, each font dictionary a
 * numbered object whose LiteFont is pre-seeded in the cache.
 */
export function run(content: string | Uint8Array, options: RunOptions = {}): PageContent {
  const resolver = options.resolver ?? new FakeResolver();
  const fonts = { F1: fakeFont(), ...options.fonts };
  const fontCache = new Map<unknown, LiteFont>();
  const fontResources: PdfDict = new Map();
  let num = 1000;
  for (const [name, font] of Object.entries(fonts)) {
    const ref = resolver.add(++num, dict({ Type: 'Font', Subtype: 'Type1' }));
    fontCache.set(`${ref.num} ${ref.gen}`, font);
    fontResources.set(name, ref);
  }
  const resources = options.resources ?? new Map<string, PdfValue>();
  if (!resources.has('Font')) resources.set('Font', fontResources);
  return readPageContent({
    resolver,
    resources,
    contents: typeof content === 'string' ? bytes(content) : content,
    viewTransform: VIEW_TRANSFORM,
    pageNumber: 1,
    pageArea: 612 * 792,
    fontCache,
    view: VIEW,
  });
}

export function texts(content: PageContent): string[] {
  return content.spans.map((span) => span.text);
}
