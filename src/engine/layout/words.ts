/**
 * Text of a run of spans on one baseline: spaces from the gaps between spans (relative to the font
 * size), none where a word was split into pieces by kerning, and letter-spaced runs repaired.
 */
import type { TextSpan } from '../model/document.js';
import { collapseSpacedLetters, joinSpacedGlyphs } from './letter-spacing.js';
import { collapseWhitespace } from './whitespace.js';

/**
 * A gap wider than this share of the font size is a word space. Real spaces are 0.25-0.33 em;
 * kerning and pieces of one word are under 0.1 em (pdf.js uses similar factors).
 */
const SPACE_GAP = 0.17;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

function needsSpace(previous: TextSpan, next: TextSpan): boolean {
  if (/\s$/.test(previous.text) || /^\s/.test(next.text)) return false;
  const gap = next.box.x - (previous.box.x + previous.box.width);
  const size = Math.min(previous.fontSize, next.fontSize);
  const threshold = SPACE_GAP * size;
  // CJK has no word spaces: only a clearly wide gap separates two CJK runs.
  if (CJK.test(previous.text.slice(-1)) && CJK.test(next.text[0] ?? '')) return gap > 0.8 * size;
  return gap > threshold;
}

/** Joins spans already sorted by x into one line of text. */
export function joinSpans(spans: TextSpan[]): string {
  const glyphRepaired = joinSpacedGlyphs(spans);
  let text = '';
  let previous: TextSpan | undefined;
  for (const span of glyphRepaired) {
    if (previous && needsSpace(previous, span)) text += ' ';
    text += span.text;
    previous = span;
  }
  return collapseWhitespace(collapseSpacedLetters(text.trim()));
}
