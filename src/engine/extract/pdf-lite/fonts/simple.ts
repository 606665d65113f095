/**
 * Simple fonts (Type1, MMType1, TrueType; PDF 32000-1:2008, 9.6): one byte per code, decoded to
 * a table of 256 shared glyphs at load time. Text follows pdf.js: ToUnicode first, with the
 * encoding filling the codes it lacks (amendFallbackToUnicode); without ToUnicode the encoding,
 * then what the embedded program says (simple-encoding.ts, program-encoding.ts).
 */
import type { PdfDict, PdfResolver } from '../objects.js';
import { readToUnicode } from './cmap.js';
import {
  FLAG_FIXED_PITCH,
  FLAG_NONSYMBOLIC,
  FLAG_SERIF,
  FLAG_SYMBOLIC,
  readFontFace,
  type FontFace,
} from './font-face.js';
import type { LiteFont, LiteGlyph } from './lite-font.js';
import { applyProgramEncoding } from './program-encoding.js';
import { encodingToUnicode, readEncoding, type EncodingInfo } from './simple-encoding.js';
import { readWidths } from './simple-widths.js';
import { baseFontMetrics, isSerifFont, isSymbolFontName } from './standard-fonts.js';

function integerOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : fallback;
}

function simulatedFlags(face: FontFace): number {
  const family = face.name.split('-', 1)[0]!;
  const metrics = baseFontMetrics(face.name);
  return (
    (isSerifFont(family) ? FLAG_SERIF : 0) |
    (metrics.monospace ? FLAG_FIXED_PITCH : 0) |
    (isSymbolFontName(family) ? FLAG_SYMBOLIC : FLAG_NONSYMBOLIC)
  );
}

export function loadSimpleFont(resolver: PdfResolver, dict: PdfDict, type: string): LiteFont {
  const face = readFontFace(resolver, dict, false);
  const firstChar = integerOr(resolver.resolve(dict.get('FirstChar')), 0);
  const flags = face.descriptor ? face.flags : simulatedFlags(face);
  const info = readEncoding(resolver, dict, face, type, flags);
  const included = readToUnicode(resolver, dict.get('ToUnicode'));
  let toUnicode: Map<number, string>;
  if (included) {
    toUnicode = included.map;
    if (info.hasEncoding && !included.identity) {
      for (const [code, text] of encodingToUnicode(info))
        if (!toUnicode.has(code)) toUnicode.set(code, text);
    }
  } else {
    toUnicode = encodingToUnicode(info);
    if (face.file) applyProgramEncoding(resolver, face, info, toUnicode);
  }
  const { widths, defaultWidth } = readWidths(resolver, dict, face, info, firstChar);
  const glyphs = buildGlyphs(face, type, info, toUnicode, widths, defaultWidth);
  return {
    name: face.name,
    bold: face.bold,
    italic: face.italic,
    embedded: !face.missingFile,
    vertical: false,
    ascent: face.ascent,
    descent: face.descent,
    singleByte: true,
    decode(bytes, out) {
      for (let i = 0; i < bytes.length; i++) out.push(glyphs[bytes[i]!]!);
    },
  };
}

function buildGlyphs(
  face: FontFace,
  type: string,
  info: EncodingInfo,
  toUnicode: Map<number, string>,
  widths: Map<number, number>,
  defaultWidth: number,
): LiteGlyph[] {
  // pdf.js draws a space for unnamed codes of substituted Type1 fonts, and reports it.
  const blankAsSpace = face.missingFile && type === 'Type1';
  let spaceWidth: number | undefined;
  const glyphs: LiteGlyph[] = [];
  for (let code = 0; code < 256; code++) {
    // An Identity ToUnicode maps single bytes to themselves, which is also pdf.js's fallback.
    let unicode = toUnicode.get(code) || String.fromCharCode(code);
    let width = widths.get(code) ?? defaultWidth;
    if (blankAsSpace) {
      const name = info.differences.get(code) || info.defaultEncoding[code];
      if (name === '') {
        spaceWidth ??= findSpaceWidth(widths, defaultWidth);
        width ||= spaceWidth;
        unicode = ' ';
      }
    }
    glyphs.push({ unicode, width, isWordSpace: code === 32 });
  }
  return glyphs;
}

/** pdf.js's _spaceWidth: the first non-zero width among space, minus, one, i, I by code point. */
function findSpaceWidth(widths: Map<number, number>, defaultWidth: number): number {
  for (const code of [0x20, 0x2212, 0x31, 0x69, 0x49]) {
    const width = widths.get(code);
    if (width) return width;
  }
  return defaultWidth;
}
