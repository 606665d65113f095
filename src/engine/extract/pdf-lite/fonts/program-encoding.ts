/**
 * What an embedded program says about the codes of a simple font without ToUnicode, as pdf.js
 * applies it after building the font (adjustType1ToUnicode, adjustTrueTypeToUnicode).
 */
import { PdfUnsupported, type PdfResolver } from '../objects.js';
import { cffBuiltInEncoding } from './cff.js';
import { WinAnsiEncoding } from './encodings.js';
import { FLAG_SYMBOLIC, type FontFace } from './font-face.js';
import { hasWindowsNamesOnly, sfntTable, type1BuiltInEncoding } from './font-file.js';
import { glyphListMap, unicodeForGlyph } from './glyph-list.js';
import type { EncodingInfo } from './simple-encoding.js';

/** The text of codes the font program's own encoding names (pdf.js's adjustType1ToUnicode). */
function applyBuiltInEncoding(
  toUnicode: Map<number, string>,
  builtIn: readonly string[],
  info: EncodingInfo,
): void {
  if (builtIn === info.defaultEncoding) return;
  builtIn.forEach((name, code) => {
    if (info.hasEncoding && (info.baseEncodingName || info.differences.has(code))) return;
    const unicode = unicodeForGlyph(name);
    if (unicode !== -1) toUnicode.set(code, String.fromCharCode(unicode));
  });
}

/** Symbolic TrueType fonts named for Windows only read as WinAnsi (adjustTrueTypeToUnicode). */
function applyWinAnsi(toUnicode: Map<number, string>): void {
  const glyphs = glyphListMap();
  WinAnsiEncoding.forEach((name, code) => {
    const unicode = name ? glyphs.get(name) : undefined;
    if (unicode !== undefined) toUnicode.set(code, String.fromCharCode(unicode));
  });
}

/**
 * What the embedded program itself says about codes, for fonts without ToUnicode: a Type1 or CFF
 * built-in encoding (pdf.js's adjustType1ToUnicode, moot when the PDF names a base encoding), or
 * WinAnsi for symbolic TrueType fonts named for Windows only.
 */
export function applyProgramEncoding(
  resolver: PdfResolver,
  face: FontFace,
  info: EncodingInfo,
  toUnicode: Map<number, string>,
): void {
  const kind = face.kind();
  const program = face.program();
  if (kind === 'truetype') {
    if (
      !info.hasEncoding &&
      (info.flags & FLAG_SYMBOLIC) !== 0 &&
      info.defaultEncoding !== WinAnsiEncoding &&
      hasWindowsNamesOnly(program)
    ) {
      applyWinAnsi(toUnicode);
    }
    return;
  }
  if (info.baseEncodingName) return;
  let builtIn: readonly string[] | undefined;
  if (kind === 'type1') {
    const length1 = resolver.resolve(face.file!.dict.get('Length1'));
    builtIn = type1BuiltInEncoding(
      program,
      typeof length1 === 'number' && length1 > 0 ? length1 : 0,
    );
  } else if (kind === 'cff') {
    builtIn = cffBuiltInEncoding(program.all());
  } else if (kind === 'opentype') {
    // pdf.js converts a simple OpenType font through its CFF table.
    const table = sfntTable(program, 'CFF ');
    if (!table) throw new PdfUnsupported('OpenType font without a CFF table');
    builtIn = cffBuiltInEncoding(table);
  }
  if (builtIn) applyBuiltInEncoding(toUnicode, builtIn, info);
}
