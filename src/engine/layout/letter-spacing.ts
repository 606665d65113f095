/**
 * Repairs letter-spaced text ("E X P E R I E N C E", "b o u a b i d"), which ATS read as one-letter
 * words. Two shapes occur: each glyph placed as its own span (repaired from geometry, keeping the
 * wider word gaps), and one span whose text already holds spaces between letters (repaired from
 * the text, keeping runs of two or more spaces as word gaps).
 */
import type { TextSpan } from '../model/document.js';

const SINGLE_LETTER = /^\p{L}$/u;
/** At least this many spaced letters before we call it letter-spacing ("I a m" is three words). */
const MIN_RUN = 4;

/**
 * Merges runs of single-letter spans whose gaps are uniform: gaps up to 1.6x the run's median gap
 * are letter spacing; wider ones are word gaps and stay.
 */
export function joinSpacedGlyphs(spans: TextSpan[]): TextSpan[] {
  const result: TextSpan[] = [];
  let index = 0;
  while (index < spans.length) {
    let end = index;
    while (end < spans.length && SINGLE_LETTER.test(spans[end]!.text.trim())) end++;
    if (end - index < MIN_RUN) {
      const next = Math.max(end, index + 1);
      for (; index < next; index++) result.push(spans[index]!);
      continue;
    }
    const run = spans.slice(index, end);
    const gaps = run.slice(1).map((span, i) => span.box.x - (run[i]!.box.x + run[i]!.box.width));
    const sorted = [...gaps].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const wordGap = Math.max(median * 1.6, median + 0.2 * run[0]!.fontSize);
    let current: TextSpan = { ...run[0]!, text: run[0]!.text.trim(), box: { ...run[0]!.box } };
    run.slice(1).forEach((span, i) => {
      if (gaps[i]! > wordGap) {
        result.push(current);
        current = { ...span, text: span.text.trim(), box: { ...span.box } };
        return;
      }
      current.text += span.text.trim();
      current.box.width = span.box.x + span.box.width - current.box.x;
    });
    result.push(current);
    index = end;
  }
  return result;
}

const SPACED_RUN = /(?<![\p{L}\p{N}])\p{L}(?: \p{L}){3,}(?![\p{L}\p{N}])/gu;
/** Once a line is known to be letter-spaced, shorter runs ("D O E") are spaced words too. */
const SHORT_SPACED_RUN = /(?<![\p{L}\p{N}])\p{L}(?: \p{L})+(?![\p{L}\p{N}])/gu;

/**
 * Collapses "E X P E R I E N C E" inside text. Word gaps inside such runs usually arrive as two or
 * more spaces, which split the runs, so "J O H N  D O E" becomes "JOHN DOE".
 */
export function collapseSpacedLetters(text: string): string {
  if (!/\p{L} \p{L} \p{L} \p{L}/u.test(text)) return text;
  const parts = text.split(/ {2,}/);
  if (!parts.some((part) => new RegExp(SPACED_RUN.source, 'u').test(part))) return text;
  return parts
    .map((part) => part.replace(SHORT_SPACED_RUN, (run) => run.replace(/ /g, '')))
    .join(' ');
}
