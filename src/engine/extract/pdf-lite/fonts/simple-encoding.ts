/**
 * The encoding of a simple font and the text it gives each code, as pdf.js derives them
 * (extractDataStructures, _simpleFontToUnicode): the base encoding by name, font kind and flags,
 * overlaid with Differences, glyph names read through the glyph list and pdf.js's conventions.
 */
import {
  isDict,
  PdfUnsupported,
  type PdfDict,
  type PdfResolver,
  type PdfValue,
} from '../objects.js';
import {
  MacRomanEncoding,
  StandardEncoding,
  SymbolSetEncoding,
  WinAnsiEncoding,
  ZapfDingbatsEncoding,
  encodingByName,
} from './encodings.js';
import { FLAG_NONSYMBOLIC, FLAG_SYMBOLIC, type FontFace } from './font-face.js';
import { glyphListMap, unicodeForGlyph } from './glyph-list.js';
import { isSymbolFontName } from './standard-fonts.js';

export interface EncodingInfo {
  /** MacRomanEncoding, MacExpertEncoding or WinAnsiEncoding as named by the font, else null. */
  baseEncodingName: string | null;
  differences: Map<number, string>;
  defaultEncoding: readonly string[];
  hasEncoding: boolean;
  flags: number;
}

function readDifferences(resolver: PdfResolver, value: PdfValue | undefined): Map<number, string> {
  const differences = new Map<number, string>();
  const list = resolver.resolve(value);
  if (!Array.isArray(list)) throw new PdfUnsupported('Differences is not an array');
  let index = 0;
  for (const entry of list) {
    const item = resolver.resolve(entry);
    if (typeof item === 'number') index = item;
    else if (typeof item === 'string') {
      // Only array indices count, as in the JS array pdf.js fills.
      if (Number.isInteger(index) && index >= 0) differences.set(index, item);
      index++;
    } else throw new PdfUnsupported('invalid Differences entry');
  }
  return differences;
}

export function readEncoding(
  resolver: PdfResolver,
  dict: PdfDict,
  face: FontFace,
  type: string,
  flags: number,
): EncodingInfo {
  let baseEncodingName: string | null = null;
  let differences = new Map<number, string>();
  if (dict.has('Encoding')) {
    const encoding = resolver.resolve(dict.get('Encoding'));
    if (isDict(encoding)) {
      const base = resolver.resolve(encoding.get('BaseEncoding'));
      baseEncodingName = typeof base === 'string' ? base : null;
      if (encoding.has('Differences'))
        differences = readDifferences(resolver, encoding.get('Differences'));
    } else if (typeof encoding === 'string') {
      baseEncodingName = encoding;
    }
    if (
      baseEncodingName !== 'MacRomanEncoding' &&
      baseEncodingName !== 'MacExpertEncoding' &&
      baseEncodingName !== 'WinAnsiEncoding'
    ) {
      baseEncodingName = null;
    }
  }
  const nonEmbedded = !face.file;
  const isSymbolsFontName = isSymbolFontName(face.name);
  if (baseEncodingName && nonEmbedded && isSymbolsFontName) baseEncodingName = null;
  if (baseEncodingName === 'WinAnsiEncoding' && nonEmbedded && face.name.charCodeAt(0) >= 0xb7) {
    // pdf.js reads some unembedded Chinese fonts as GBK-EUC-H, which needs Adobe's CMaps.
    throw new PdfUnsupported('unembedded font with a GBK name');
  }
  let defaultEncoding: readonly string[];
  if (baseEncodingName) {
    defaultEncoding = encodingByName(baseEncodingName)!;
  } else {
    let isSymbolic = (flags & FLAG_SYMBOLIC) !== 0;
    const isNonsymbolic = (flags & FLAG_NONSYMBOLIC) !== 0;
    if (type === 'TrueType' && isSymbolic && isNonsymbolic && differences.size !== 0) {
      flags &= ~FLAG_SYMBOLIC;
      isSymbolic = false;
    }
    defaultEncoding = StandardEncoding;
    if (type === 'TrueType' && !isNonsymbolic) defaultEncoding = WinAnsiEncoding;
    if (isSymbolic || isSymbolsFontName) {
      defaultEncoding = MacRomanEncoding;
      if (nonEmbedded) {
        if (/Symbol/i.test(face.name)) defaultEncoding = SymbolSetEncoding;
        else if (/Dingbats/i.test(face.name)) defaultEncoding = ZapfDingbatsEncoding;
        else if (/Wingdings/i.test(face.name)) defaultEncoding = WinAnsiEncoding;
      }
    }
  }
  return {
    baseEncodingName,
    differences,
    defaultEncoding,
    hasEncoding: baseEncodingName !== null || differences.size > 0,
    flags,
  };
}

/** Every name of the base encodings is in the glyph list, so their text never varies: cached. */
const baseTables = new WeakMap<readonly string[], ReadonlyMap<number, string>>();

function baseEncodingText(encoding: readonly string[]): ReadonlyMap<number, string> {
  let table = baseTables.get(encoding);
  if (!table) {
    const glyphs = glyphListMap();
    const built = new Map<number, string>();
    encoding.forEach((name, code) => {
      const unicode = name ? glyphs.get(name) : undefined;
      if (unicode !== undefined) built.set(code, String.fromCharCode(unicode));
    });
    baseTables.set(encoding, built);
    table = built;
  }
  return table;
}

const AS_HEX = Symbol('read Cxx names as hex');

/**
 * The text of a glyph name by pdf.js's _simpleFontToUnicode: the glyph list, then its conventions
 * for odd names. Returns null when the name yields nothing, AS_HEX when a "Cxx" name only parses
 * as hex (pdf.js then reads all such names as hex).
 */
function glyphText(
  name: string,
  code: number,
  info: EncodingInfo,
  forceHex: boolean,
): string | null | typeof AS_HEX {
  const glyphs = glyphListMap();
  const listed = glyphs.get(name);
  if (listed !== undefined) return String.fromCharCode(listed);
  let point = 0;
  switch (name[0]) {
    case 'G':
      if (name.length === 3) point = parseInt(name.slice(1), 16);
      break;
    case 'g':
      if (name.length === 5) point = parseInt(name.slice(1), 16);
      break;
    case 'C':
    case 'c':
      if (name.length >= 3 && name.length <= 4) {
        const digits = name.slice(1);
        if (forceHex) {
          point = parseInt(digits, 16);
          break;
        }
        point = Number(digits);
        if (Number.isNaN(point) && Number.isInteger(parseInt(digits, 16))) return AS_HEX;
      }
      break;
    case 'u': {
      const unicode = unicodeForGlyph(name);
      if (unicode !== -1) point = unicode;
      break;
    }
    default:
      if (name === 'f_h' || name === 'f_t' || name === 'T_h') return name.replace('_', '');
  }
  if (!(point > 0 && point <= 0x10ffff && Number.isInteger(point))) return null;
  if (info.baseEncodingName && point === code) {
    const baseName = encodingByName(info.baseEncodingName)?.[code];
    if (baseName) return String.fromCharCode(glyphs.get(baseName) ?? 0);
  }
  return String.fromCodePoint(point);
}

/** pdf.js's _simpleFontToUnicode: the base encoding overlaid with Differences, as text. */
export function encodingToUnicode(info: EncodingInfo, forceHex = false): Map<number, string> {
  const toUnicode = new Map(baseEncodingText(info.defaultEncoding));
  for (const [code, name] of info.differences) {
    if (name === '.notdef') continue;
    const text = glyphText(name, code, info, forceHex);
    if (text === AS_HEX) return encodingToUnicode(info, true);
    if (text === null) toUnicode.delete(code);
    else toUnicode.set(code, text);
  }
  return toUnicode;
}
