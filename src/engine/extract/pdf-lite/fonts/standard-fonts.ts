/**
 * How pdf.js recognises the standard 14 fonts and their aliases (src/core/standard_fonts.js,
 * getBaseFontMetrics in src/core/evaluator.js): it decides a font's reported name when the
 * descriptor and the dictionary disagree, whether an unembedded font counts as loaded, and the
 * widths of unembedded fonts without /Widths.
 */
import {
  NON_STANDARD_FONT_MAP,
  SERIF_FONTS,
  STANDARD_FONT_MAP,
  SYMBOL_FONTS,
} from './font-names.js';
import { STANDARD_FONT_WIDTHS } from './standard-widths.js';

/** An own entry only: font names such as "constructor" must not reach Object.prototype. */
function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function normalizeFontName(name: string): string {
  return name.replace(/[,_]/g, '-').replace(/\s/g, '');
}

/** The standard 14 font a name stands for (pdf.js then loads its bundled program). */
export function standardFontName(name: string): string | undefined {
  return lookup(STANDARD_FONT_MAP, normalizeFontName(name));
}

export function isKnownFontName(name: string): boolean {
  const normal = normalizeFontName(name);
  return (
    Object.hasOwn(STANDARD_FONT_MAP, normal) ||
    Object.hasOwn(NON_STANDARD_FONT_MAP, normal) ||
    SERIF_FONTS.has(normal) ||
    SYMBOL_FONTS.has(normal)
  );
}

export function isSymbolFontName(name: string): boolean {
  return SYMBOL_FONTS.has(name);
}

export function isSerifFont(name: string): boolean {
  const family = name.split('-', 1)[0]!;
  return SERIF_FONTS.has(family) || /serif/i.test(family);
}

/** A standard font name or an alias pdf.js maps to one (isStandardFont/isMappedToStandardFont). */
export function mapsToStandardFont(name: string): boolean {
  const normal = normalizeFontName(name);
  const substitute = lookup(NON_STANDARD_FONT_MAP, normal);
  return (
    Object.hasOwn(STANDARD_FONT_MAP, normal) ||
    (substitute !== undefined && Object.hasOwn(STANDARD_FONT_MAP, substitute))
  );
}

/** The name pdf.js substitutes for an unembedded font (its style and metrics come from it). */
export function substituteFontName(name: string): string {
  const normal = normalizeFontName(name);
  return lookup(STANDARD_FONT_MAP, normal) ?? lookup(NON_STANDARD_FONT_MAP, normal) ?? normal;
}

export interface BaseFontMetrics {
  widths: ReadonlyMap<string, number>;
  defaultWidth: number;
  monospace: boolean;
}

const metricsCache = new Map<string, BaseFontMetrics>();

/**
 * The AFM widths pdf.js assumes for a font without /Widths: its standard font, else Times-Roman
 * for serif-looking names and Helvetica for the rest.
 */
export function baseFontMetrics(name: string): BaseFontMetrics {
  let fontName = normalizeFontName(name);
  fontName = lookup(STANDARD_FONT_MAP, fontName) ?? fontName;
  if (!Object.hasOwn(STANDARD_FONT_WIDTHS, fontName))
    fontName = isSerifFont(name) ? 'Times-Roman' : 'Helvetica';
  const cached = metricsCache.get(fontName);
  if (cached) return cached;
  const data = STANDARD_FONT_WIDTHS[fontName]!;
  let metrics: BaseFontMetrics;
  if (typeof data === 'number') {
    metrics = { widths: new Map(), defaultWidth: data, monospace: true };
  } else {
    const widths = new Map<string, number>();
    const words = data.split(' ');
    for (let i = 0; i + 1 < words.length; i += 2) widths.set(words[i]!, Number(words[i + 1]));
    metrics = { widths, defaultWidth: 0, monospace: false };
  }
  metricsCache.set(fontName, metrics);
  return metrics;
}
