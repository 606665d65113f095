/**
 * pdf.js text content items -> `TextSpan`s in top-left page space, with real font names, bold and
 * italic, and the fill colour recovered from the operator list.
 */
import type { TextSpan } from '../model/document.js';
import { baseFontName, classifyFontStyle } from './font-style.js';
import type { TextColorRun } from './pdfjs-graphics.js';

type Matrix = [number, number, number, number, number, number];

export interface RawTextItem {
  str: string;
  dir: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

export interface RawTextStyle {
  ascent?: number;
  descent?: number;
  vertical?: boolean;
}

/** What the backend knows about a font after the operator-list pass. */
export interface ResolvedFont {
  name: string;
  bold: boolean;
  italic: boolean;
}

function multiply(m: Matrix, n: number[]): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = n;
  return [
    m[0] * a + m[2] * b,
    m[1] * a + m[3] * b,
    m[0] * c + m[2] * d,
    m[1] * c + m[3] * d,
    m[0] * e + m[2] * f + m[4],
    m[1] * e + m[3] * f + m[5],
  ];
}

function direction(dir: string, vertical: boolean | undefined): TextSpan['direction'] {
  if (vertical) return 'ttb';
  return dir === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * Re-inserts hyphens pdf.js dropped: some fonts (LuaTeX output, e.g. Awesome-CV) map the visible
 * hyphen glyph to U+00AD SOFT HYPHEN, which text content removes ("high-impact" -> "highimpact").
 * A drawn glyph is visible, so it is restored as "-" before the character it preceded.
 */
function restoreHyphens(
  text: string,
  hyphenBefore: (k: number) => boolean,
  length: number,
): string {
  let out = '';
  let k = 0;
  for (const char of text) {
    if (!/\s/.test(char)) {
      if (k > 0 && hyphenBefore(k)) out += '-';
      k++;
    }
    out += char;
  }
  return hyphenBefore(length) ? `${out}-` : out;
}

/**
 * Walks spans and operator-list text runs in step (pdf.js keeps content-stream order in text
 * content) to give each span the fill colour it was drawn in, mark text drawn invisibly, and
 * restore soft-hyphen glyphs.
 * When a span's characters are not found nearby (normalisation changed them), it is left alone.
 */
export function alignWithRuns(spans: TextSpan[], runs: TextColorRun[]): void {
  let stream = '';
  const colorAt: string[] = [];
  const invisibleAt = new Set<number>();
  const hyphenAt = new Set<number>();
  for (const run of runs) {
    for (const char of run.chars) {
      if (char === '\u00ad') {
        hyphenAt.add(stream.length);
        continue;
      }
      if (run.invisible) invisibleAt.add(stream.length);
      stream += char;
      colorAt.push(run.color);
    }
  }
  let cursor = 0;
  for (const span of spans) {
    const chars = span.text.replace(/\s+/g, '');
    if (!chars) continue;
    const probe = chars.slice(0, 12);
    const found = stream.startsWith(probe, cursor) ? cursor : stream.indexOf(probe, cursor);
    // Only accept a resync within a short distance, so a wrong far-away match cannot recolour.
    if (found < 0 || found - cursor > 400) continue;
    span.color = colorAt[found];
    if (invisibleAt.has(found)) span.invisible = true;
    if (hyphenAt.size > 0 && stream.startsWith(chars, found)) {
      span.text = restoreHyphens(span.text, (k) => hyphenAt.has(found + k), chars.length);
    }
    cursor = found + chars.length;
  }
}

export function toSpans(
  items: RawTextItem[],
  styles: Record<string, RawTextStyle>,
  page: number,
  viewTransform: Matrix,
  resolveFont: (loadedName: string) => ResolvedFont | undefined,
): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const item of items) {
    if (!item.str || !item.str.trim()) continue;
    const m = multiply(viewTransform, item.transform);
    const fontSize = Math.hypot(m[2], m[3]) || Math.abs(item.height) || 1;
    const style = styles[item.fontName] ?? {};
    const ascent = style.ascent && style.ascent > 0.3 && style.ascent < 1.5 ? style.ascent : 0.8;
    const descent =
      style.descent && style.descent < 0 && style.descent > -0.8 ? style.descent : -0.2;
    const font = resolveFont(item.fontName);
    const fontName = font ? baseFontName(font.name) : item.fontName;
    const styleFlags = font ? { bold: font.bold, italic: font.italic } : {};
    const { bold, italic } = classifyFontStyle(fontName, styleFlags);
    const x = m[4];
    const baseline = m[5];
    spans.push({
      text: item.str,
      page,
      box: {
        x,
        y: baseline - ascent * fontSize,
        width: Math.abs(item.width),
        height: (ascent - descent) * fontSize,
      },
      baseline,
      fontSize,
      fontName,
      bold,
      italic,
      direction: direction(item.dir, style.vertical),
      hasEol: item.hasEOL,
    });
  }
  return spans;
}
