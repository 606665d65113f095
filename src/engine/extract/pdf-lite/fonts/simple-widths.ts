/**
 * Advance widths of a simple font as pdf.js reads them (extractWidths, translateFont): /Widths
 * from FirstChar and the descriptor's MissingWidth, else the standard fonts' AFM widths by glyph
 * name (which pdf.js also assumes for fonts it does not know).
 */
import type { PdfDict, PdfResolver } from '../objects.js';
import type { FontFace } from './font-face.js';
import type { EncodingInfo } from './simple-encoding.js';
import { baseFontMetrics } from './standard-fonts.js';

/** The widths pdf.js assumes from the standard fonts' metrics, by glyph name. */
function widthsByGlyphName(
  metrics: ReadonlyMap<string, number>,
  info: EncodingInfo,
): Map<number, number> {
  const widths = new Map<number, number>();
  for (let code = 0; code < 256; code++) {
    const difference = info.differences.get(code);
    const fromDifference = difference === undefined ? undefined : metrics.get(difference);
    if (fromDifference) {
      widths.set(code, fromDifference);
      continue;
    }
    const name = info.defaultEncoding[code];
    const fromEncoding = name === undefined ? undefined : metrics.get(name);
    if (fromEncoding) widths.set(code, fromEncoding);
  }
  return widths;
}

export function readWidths(
  resolver: PdfResolver,
  dict: PdfDict,
  face: FontFace,
  info: EncodingInfo,
  firstChar: number,
): { widths: Map<number, number>; defaultWidth: number } {
  const array = resolver.resolve(dict.get('Widths'));
  let widths = new Map<number, number>();
  let defaultWidth = 0;
  if (Array.isArray(array)) {
    let code = firstChar;
    for (const item of array) {
      const width = resolver.resolve(item);
      if (typeof width === 'number') widths.set(code, width);
      code++;
    }
  }
  if (face.descriptor) {
    if (Array.isArray(array)) {
      const missing = resolver.resolve(face.descriptor.get('MissingWidth'));
      defaultWidth = typeof missing === 'number' ? missing : 0;
    } else {
      const baseFont = resolver.resolve(dict.get('BaseFont'));
      if (typeof baseFont === 'string') {
        const metrics = baseFontMetrics(baseFont);
        widths = widthsByGlyphName(metrics.widths, info);
        defaultWidth = metrics.defaultWidth;
      }
    }
  } else {
    const metrics = baseFontMetrics(face.name);
    if (!Array.isArray(array)) widths = widthsByGlyphName(metrics.widths, info);
    defaultWidth = metrics.defaultWidth;
  }
  return { widths, defaultWidth };
}
