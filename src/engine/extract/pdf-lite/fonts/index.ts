/**
 * Fonts for the lite reader's text layer: `loadFont` turns a font dictionary into the glyphs
 * pdf.js's text content would report (text, advance width) plus the font facts the backend
 * exposes. Anything it cannot decode exactly as pdf.js does raises `PdfUnsupported`, so the
 * caller hands the document to pdf.js.
 */
import { PdfUnsupported, type PdfDict, type PdfResolver } from '../objects.js';
import { loadSimpleFont } from './simple.js';
import { loadType0Font } from './type0.js';

export type { LiteFont, LiteGlyph } from './lite-font.js';
import type { LiteFont } from './lite-font.js';

export function loadFont(resolver: PdfResolver, fontDict: PdfDict): LiteFont {
  const subtype = resolver.resolve(fontDict.get('Subtype'));
  switch (subtype) {
    case 'Type0':
      return loadType0Font(resolver, fontDict);
    case 'Type1':
    case 'MMType1':
    case 'TrueType':
      return loadSimpleFont(resolver, fontDict, subtype);
    default:
      throw new PdfUnsupported(`font subtype ${String(subtype)}`);
  }
}
