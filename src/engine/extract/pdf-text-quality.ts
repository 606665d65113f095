/**
 * Text-quality measurements over extracted spans: ligature glyphs (normalised in place), broken
 * ToUnicode maps (garbled text), private-use glyphs and letter-spaced runs.
 */
import type { ExtractionDiagnostic, TextSpan } from '../model/document.js';
import { isSymbolBullet } from './symbol-glyphs.js';

/** Presentation-form ligatures (U+FB00..U+FB06) and their plain letters. */
const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};
const LIGATURE_PATTERN = /[\ufb00-\ufb06]/g;

/**
 * Characters no real text is made of: controls, unassigned code points, U+FFFD, and
 * noncharacters. A bad ToUnicode map or a font without one typically yields these.
 */
const BAD_CHAR = /[\p{Cc}\p{Cn}\ufffd]/u;
const PRIVATE_USE = /[\p{Co}]/u;
/** Above this share of bad characters the text layer is not trustworthy. */
export const GARBLED_CHAR_RATIO = 0.1;
/**
 * Latin tokens of 4+ letters without any vowel: under 10% in real resumes (acronyms), but most
 * tokens when code points are shifted ("Hqjlqhhu" style output) or glyph ids leak through.
 */
const VOWELLESS_TOKEN_RATIO = 0.45;
const LATIN_TOKEN = /^[A-Za-z]{4,}$/;
const VOWEL = /[aeiouyAEIOUY]/;
const LETTER_SPACED = /(?:^|\s)(?:\p{L}\s){3,}\p{L}(?=\s|$)/u;

/**
 * Runs of 4+ single-letter spans on one baseline with visible gaps: letter-spacing done by
 * placing each glyph separately (common in InDesign and Canva headings). Gaps under a fifth of
 * the font size are tracking that text extractors (pdftotext among them) still read as one word.
 */
function findSpacedSpanRuns(spans: TextSpan[]): Array<{ text: string; baseline: number }> {
  const runs: Array<{ text: string; baseline: number }> = [];
  let run: TextSpan[] = [];
  const flush = () => {
    if (run.length >= 4)
      runs.push({ text: run.map((s) => s.text.trim()).join(' '), baseline: run[0]!.baseline });
    run = [];
  };
  for (const span of spans) {
    const previous = run[run.length - 1];
    const isLetter = /^\p{L}$/u.test(span.text.trim());
    if (!isLetter) {
      flush();
      continue;
    }
    const gap = previous ? span.box.x - (previous.box.x + previous.box.width) : 0;
    const continues =
      previous !== undefined &&
      Math.abs(previous.baseline - span.baseline) < 0.2 * span.fontSize &&
      gap > 0.2 * span.fontSize &&
      gap < 1.5 * span.fontSize;
    if (!continues) flush();
    run.push(span);
  }
  flush();
  return runs;
}

function sampleOf(texts: string[]): string {
  return texts.join(' ').slice(0, 80);
}

/** Replaces ligature glyphs with their letters; reports where they were. */
export function normalizeLigatures(spans: TextSpan[]): ExtractionDiagnostic | undefined {
  let count = 0;
  const pages = new Set<number>();
  const samples: string[] = [];
  for (const span of spans) {
    if (!/[\ufb00-\ufb06]/.test(span.text)) continue;
    const before = span.text;
    span.text = span.text.replace(LIGATURE_PATTERN, (glyph) => {
      count++;
      return LIGATURES[glyph] ?? glyph;
    });
    pages.add(span.page);
    if (samples.length < 3) samples.push(before);
  }
  if (count === 0) return undefined;
  return { code: 'pdf.ligatures', pages: [...pages], count, sample: sampleOf(samples) };
}

interface Tally {
  chars: number;
  bad: number;
  privateUse: number;
  latinTokens: number;
  vowelless: number;
}

/** Word and LibreOffice draw each list bullet as a span of its own in a symbol font. */
function isListBullet(span: TextSpan): boolean {
  const text = span.text.trim();
  return [...text].length === 1 && isSymbolBullet(text, span.fontName);
}

function tallyPage(spans: TextSpan[]): Tally {
  const tally: Tally = { chars: 0, bad: 0, privateUse: 0, latinTokens: 0, vowelless: 0 };
  for (const span of spans) {
    const isBullet = isListBullet(span);
    for (const char of span.text) {
      if (/\s/.test(char)) continue;
      tally.chars++;
      if (BAD_CHAR.test(char)) tally.bad++;
      // Symbol-font list bullets live in the private-use area by design; they are not text.
      else if (PRIVATE_USE.test(char) && !isBullet) tally.privateUse++;
    }
    for (const token of span.text.split(/[^A-Za-z]+/)) {
      if (!LATIN_TOKEN.test(token)) continue;
      tally.latinTokens++;
      if (!VOWEL.test(token)) tally.vowelless++;
    }
  }
  return tally;
}

/** Ratio of unusable characters on a page, the measure behind 'pdf.garbled-text'. */
export function isGarbled(tally: Tally): boolean {
  if (tally.chars < 20) return false;
  if (tally.bad / tally.chars > GARBLED_CHAR_RATIO) return true;
  return tally.latinTokens >= 20 && tally.vowelless / tally.latinTokens > VOWELLESS_TOKEN_RATIO;
}

export function diagnoseTextQuality(spansByPage: TextSpan[][]): ExtractionDiagnostic[] {
  const garbled: number[] = [];
  const privateUsePages: number[] = [];
  const letterSpacedPages = new Set<number>();
  const letterSpacedSamples: string[] = [];
  const garbledSamples: string[] = [];
  let privateUse = 0;
  let bad = 0;
  let chars = 0;
  // Counted per text line: one spaced heading often arrives as several spans.
  const letterSpacedLines = new Set<string>();
  spansByPage.forEach((spans, index) => {
    const page = spans[0]?.page ?? index + 1;
    const tally = tallyPage(spans);
    chars += tally.chars;
    bad += tally.bad;
    if (isGarbled(tally)) {
      garbled.push(page);
      if (garbledSamples.length < 3) garbledSamples.push(...spans.slice(0, 3).map((s) => s.text));
    }
    if (tally.privateUse > 0) privateUsePages.push(page);
    privateUse += tally.privateUse;
    for (const run of findSpacedSpanRuns(spans)) {
      letterSpacedLines.add(`${page}:${Math.round(run.baseline)}`);
      letterSpacedPages.add(page);
      if (letterSpacedSamples.length < 3) letterSpacedSamples.push(run.text);
    }
    for (const span of spans) {
      if (!LETTER_SPACED.test(span.text)) continue;
      const key = `${span.page}:${Math.round(span.baseline)}`;
      if (letterSpacedLines.has(key)) continue;
      letterSpacedLines.add(key);
      letterSpacedPages.add(span.page);
      if (letterSpacedSamples.length < 3) letterSpacedSamples.push(span.text.trim());
    }
  });
  const diagnostics: ExtractionDiagnostic[] = [];
  if (garbled.length > 0) {
    const ratio = chars > 0 ? Math.round((bad / chars) * 1000) / 1000 : 0;
    diagnostics.push({
      code: 'pdf.garbled-text',
      pages: garbled,
      count: bad,
      sample: sampleOf(garbledSamples),
      params: { badCharRatio: ratio, threshold: GARBLED_CHAR_RATIO },
    });
  }
  if (privateUse > 0) {
    diagnostics.push({ code: 'pdf.private-use-glyphs', pages: privateUsePages, count: privateUse });
  }
  if (letterSpacedLines.size > 0) {
    diagnostics.push({
      code: 'pdf.letter-spaced-text',
      pages: [...letterSpacedPages],
      count: letterSpacedLines.size,
      sample: sampleOf(letterSpacedSamples),
    });
  }
  return diagnostics;
}
