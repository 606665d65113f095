/**
 * Composite (Type0) fonts (PDF 32000-1:2008, 9.7): codes of 1-4 bytes split by the encoding CMap's
 * code space ranges, CIDs for widths (/W, /DW), text from /ToUnicode only. Without ToUnicode pdf.js
 * reports codes as characters, except for Adobe's CJK character collections, whose CID-to-Unicode
 * data the lite reader does not ship (nor predefined CMaps other than Identity-H/V): those are
 * left to pdf.js.
 */
import {
  PdfStream,
  PdfUnsupported,
  isBytes,
  isDict,
  type PdfDict,
  type PdfResolver,
  type PdfValue,
} from '../objects.js';
import { latin1 } from '../lexer.js';
import { parseCMap, readToUnicode } from './cmap.js';
import { readFontFace } from './font-face.js';
import type { LiteFont, LiteGlyph } from './lite-font.js';
import { mapsToStandardFont } from './standard-fonts.js';

/** /W entries beyond this are only seen in hostile files. */
const MAX_WIDTH_ENTRIES = 1 << 17;

interface EncodingCMap {
  name: string;
  vertical: boolean;
  /** Every code up to 0xFFFF not listed is its own CID. */
  identity: boolean;
  cids: Map<number, number>;
  /** Code space ranges by code length - 1: [low, high, low, high, ...]. */
  codespace: number[][];
}

function isIdentityName(name: string): boolean {
  return name === 'Identity-H' || name === 'Identity-V';
}

function identityCMap(name: string): EncodingCMap {
  return {
    name,
    vertical: name === 'Identity-V',
    identity: true,
    cids: new Map(),
    codespace: [[], [0, 0xffff], [], []],
  };
}

function readEncodingCMap(resolver: PdfResolver, value: PdfValue | undefined): EncodingCMap {
  const encoding = resolver.resolve(value);
  if (typeof encoding === 'string') {
    if (isIdentityName(encoding)) return identityCMap(encoding);
    throw new PdfUnsupported(`predefined CMap ${encoding}`);
  }
  if (!(encoding instanceof PdfStream)) throw new PdfUnsupported('Type0 font without Encoding');
  const parsed = parseCMap(resolver.decode(encoding), 'cid');
  let identity = false;
  let codespace = parsed.codespace;
  if (parsed.useCMap !== undefined) {
    if (!isIdentityName(parsed.useCMap)) throw new PdfUnsupported(`CMap uses ${parsed.useCMap}`);
    identity = true;
    if (parsed.codespaceCount === 0) codespace = identityCMap(parsed.useCMap).codespace;
  }
  return { name: parsed.name, vertical: parsed.vertical, identity, cids: parsed.cids, codespace };
}

function readWidths(resolver: PdfResolver, descendant: PdfDict): Map<number, number> {
  const widths = new Map<number, number>();
  const list = resolver.resolve(descendant.get('W'));
  if (!Array.isArray(list)) return widths;
  let entries = 0;
  const count = (n: number): void => {
    entries += n;
    if (entries > MAX_WIDTH_ENTRIES) throw new PdfUnsupported('W array too large');
  };
  for (let i = 0; i < list.length; i++) {
    let start = resolver.resolve(list[i++]);
    if (typeof start !== 'number' || !Number.isInteger(start)) break;
    const next = resolver.resolve(list[i]);
    if (Array.isArray(next)) {
      count(next.length);
      for (const item of next) {
        const width = resolver.resolve(item);
        if (typeof width === 'number') widths.set(start, width);
        start++;
      }
    } else if (typeof next === 'number' && Number.isInteger(next)) {
      const width = resolver.resolve(list[++i]);
      if (typeof width !== 'number') continue;
      count(Math.max(0, next - start + 1));
      for (let cid = start; cid <= next; cid++) widths.set(cid, width);
    } else {
      break;
    }
  }
  return widths;
}

function stringOf(value: PdfValue): string | undefined {
  if (typeof value === 'string') return value;
  return isBytes(value) ? latin1(value, 0, value.length) : undefined;
}

function hasAdobeCjkOrdering(resolver: PdfResolver, descendant: PdfDict): boolean {
  const info = resolver.resolve(descendant.get('CIDSystemInfo'));
  if (!isDict(info)) return false;
  const registry = stringOf(resolver.resolve(info.get('Registry')));
  const ordering = stringOf(resolver.resolve(info.get('Ordering')));
  return (
    registry === 'Adobe' &&
    (ordering === 'GB1' || ordering === 'CNS1' || ordering === 'Japan1' || ordering === 'Korea1')
  );
}

export function loadType0Font(resolver: PdfResolver, dict: PdfDict): LiteFont {
  const descendants = resolver.resolve(dict.get('DescendantFonts'));
  const descendant = Array.isArray(descendants) ? resolver.resolve(descendants[0]) : descendants;
  if (!isDict(descendant)) throw new PdfUnsupported('Type0 font without a descendant');
  const subtype = resolver.resolve(descendant.get('Subtype'));
  if (subtype !== 'CIDFontType0' && subtype !== 'CIDFontType2')
    throw new PdfUnsupported(`descendant font ${String(subtype)}`);
  const face = readFontFace(resolver, descendant, true);
  const cmap = readEncodingCMap(resolver, dict.get('Encoding'));
  if (face.isInternal) throw new PdfUnsupported('unembedded CID font with a standard name');
  if (
    face.missingFile &&
    subtype === 'CIDFontType2' &&
    typeof resolver.resolve(dict.get('Encoding')) === 'string' &&
    mapsToStandardFont(face.name)
  ) {
    // pdf.js then rebuilds the text from its glyph maps of the standard fonts.
    throw new PdfUnsupported('unembedded CID font mapped to a standard font');
  }
  const own = resolver.resolve(descendant.get('ToUnicode'));
  const toUnicode = readToUnicode(resolver, own ? own : dict.get('ToUnicode'));
  if (!toUnicode && hasAdobeCjkOrdering(resolver, descendant)) {
    // pdf.js maps these CIDs through Adobe's CID-to-Unicode tables, which the lite reader lacks.
    throw new PdfUnsupported('CJK CID font without ToUnicode');
  }
  const dw = resolver.resolve(descendant.get('DW'));
  const defaultWidth = typeof dw === 'number' ? Math.ceil(dw) : 1000;
  const widths = readWidths(resolver, descendant);
  const { codespace, cids, identity } = cmap;
  const cache = new Map<number, LiteGlyph>();
  const glyphOf = (code: number): LiteGlyph => {
    let glyph = cache.get(code);
    if (glyph) return glyph;
    const cid = cids.get(code) ?? (identity && code <= 0xffff ? code : undefined);
    const width = widths.get(cid ?? code) ?? defaultWidth;
    // pdf.js falls back to the code as a UTF-16 unit (truncated), ToUnicode's empty strings too;
    // without ToUnicode every code reads so (CIDs as characters, as pdf.js reports them).
    const unicode = toUnicode?.map.get(code) || String.fromCharCode(code);
    glyph = { unicode, width, isWordSpace: code === 32 };
    cache.set(code, glyph);
    return glyph;
  };
  return {
    name: face.name,
    bold: face.bold,
    italic: face.italic,
    embedded: !face.missingFile,
    vertical: cmap.vertical,
    ascent: face.ascent,
    descent: face.descent,
    singleByte: false,
    decode(bytes, out) {
      let pos = 0;
      while (pos < bytes.length) {
        // pdf.js's readCharCode: the shortest code in a code space range, else one byte as 0.
        let code = 0;
        let length = 0;
        let value = 0;
        for (let n = 0; n < 4 && length === 0; n++) {
          value = ((value << 8) | (bytes[pos + n] ?? 0)) >>> 0;
          const ranges = codespace[n]!;
          for (let k = 0; k < ranges.length; k += 2) {
            if (value >= ranges[k]! && value <= ranges[k + 1]!) {
              code = value;
              length = n + 1;
              break;
            }
          }
        }
        if (length === 0) length = 1;
        pos += length;
        out.push(glyphOf(code));
      }
    },
  };
}
