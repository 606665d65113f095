/**
 * Positioned spans -> baseline rows -> fragments. A row is every span on one baseline across the
 * page (tolerance relative to font size; superscripts and subscripts join their row). A fragment
 * is a horizontally contiguous piece of a row: rows split at gaps wider than a word space, so
 * column, sidebar and table cells stay apart until column detection decides how to join them.
 */
import type { Box, TextSpan } from '../model/document.js';
import { joinSpans } from './words.js';

export interface Fragment {
  page: number;
  /** Index of the baseline row on its page, shared by fragments on one baseline. */
  row: number;
  spans: TextSpan[];
  text: string;
  box: Box;
  baseline: number;
  fontSize: number;
  bold: boolean;
  italic: boolean;
}

/** Baselines closer than this share of the font size are one row. */
const BASELINE_TOLERANCE = 0.3;
/** A gap over this many font sizes splits a row into fragments (word gaps are ~0.3-0.8 em). */
const FRAGMENT_GAP = 1.0;

/** One pass without intermediate arrays: layout unions boxes for every fragment and line. */
export function union(boxes: readonly Box[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Drops copies of a span drawn again at a tiny offset: "poor man's bold" (moderncv CJK, some Word
 * exports) prints each glyph two or three times, which would read as "学学学位位位".
 */
function dropOverprints(spans: TextSpan[]): TextSpan[] {
  const kept: TextSpan[] = [];
  for (const span of spans) {
    // Overprints follow their original in content order: look back a few spans only.
    let copyOf: TextSpan | undefined;
    for (let i = Math.max(0, kept.length - 8); i < kept.length && !copyOf; i += 1) {
      const other = kept[i]!;
      if (
        other.text === span.text &&
        Math.abs(other.box.x - span.box.x) < 0.15 * span.fontSize &&
        Math.abs(other.baseline - span.baseline) < 0.15 * span.fontSize
      )
        copyOf = other;
    }
    if (copyOf) copyOf.bold = true;
    else kept.push({ ...span });
  }
  return kept;
}

/** Groups spans into rows by baseline; small spans just above/below a row join it. */
function clusterRows(spans: TextSpan[]): TextSpan[][] {
  const sorted = [...spans].sort((a, b) => a.baseline - b.baseline);
  const rows: Array<{ baseline: number; size: number; spans: TextSpan[] }> = [];
  for (const span of sorted) {
    const row = rows[rows.length - 1];
    if (
      row &&
      Math.abs(span.baseline - row.baseline) <=
        BASELINE_TOLERANCE * Math.min(row.size, span.fontSize)
    ) {
      row.spans.push(span);
      row.size = Math.max(row.size, span.fontSize);
    } else {
      rows.push({ baseline: span.baseline, size: span.fontSize, spans: [span] });
    }
  }
  return mergeScripts(rows).map((row) => row.spans);
}

/** Superscripts (footnote marks, "1st") and subscripts sit off the baseline in a smaller size. */
function mergeScripts(rows: Array<{ baseline: number; size: number; spans: TextSpan[] }>) {
  // A script sits right after (or before) full-size text, never under it: a centred subtitle
  // below a large name must stay its own row.
  const touches = (s: TextSpan, b: TextSpan, size: number) =>
    Math.abs(s.box.x - (b.box.x + b.box.width)) < 0.3 * size ||
    Math.abs(s.box.x + s.box.width - b.box.x) < 0.3 * size;
  const isScriptOf = (small: (typeof rows)[number], big: (typeof rows)[number]) =>
    small.size <= 0.85 * big.size &&
    Math.abs(small.baseline - big.baseline) <= 0.5 * big.size &&
    small.spans.every((s) => big.spans.some((b) => touches(s, b, big.size)));
  const result: typeof rows = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const previous = result[result.length - 1];
    const next = rows[i + 1];
    if (previous && isScriptOf(row, previous)) previous.spans.push(...row.spans);
    else if (next && isScriptOf(row, next)) next.spans.push(...row.spans);
    else if (previous && isScriptOf(previous, row)) {
      result.pop();
      row.spans.push(...previous.spans);
      result.push(row);
    } else result.push(row);
  }
  return result;
}

export function makeFragment(spans: TextSpan[], row: number): Fragment {
  // The dominant span (the first with the most letters) sets the fragment's page, size, baseline.
  let main = spans[0]!;
  let mainLetters = -1;
  let letters = 0;
  let boldLetters = 0;
  let italicLetters = 0;
  for (const span of spans) {
    const length = span.text.trim().length;
    if (length > mainLetters) {
      main = span;
      mainLetters = length;
    }
    letters += length;
    if (span.bold) boldLetters += length;
    if (span.italic) italicLetters += length;
  }
  letters ||= 1;
  return {
    page: main.page,
    row,
    spans,
    text: joinSpans(spans),
    box: union(spans.map((s) => s.box)),
    baseline: main.baseline,
    fontSize: main.fontSize,
    bold: boldLetters / letters > 0.5,
    italic: italicLetters / letters > 0.5,
  };
}

export function buildFragments(pageSpans: TextSpan[]): Fragment[] {
  const fragments: Fragment[] = [];
  const rows = clusterRows(dropOverprints(pageSpans.filter((s) => s.text.trim())));
  rows.forEach((rowSpans, row) => {
    const spans = [...rowSpans].sort((a, b) => a.box.x - b.box.x);
    let current: TextSpan[] = [];
    let right = -Infinity;
    for (const span of spans) {
      const size = Math.max(span.fontSize, current[current.length - 1]?.fontSize ?? 0);
      if (current.length > 0 && span.box.x - right > FRAGMENT_GAP * size) {
        fragments.push(makeFragment(current, row));
        current = [];
      }
      current.push(span);
      right = Math.max(right, span.box.x + span.box.width);
    }
    if (current.length > 0) fragments.push(makeFragment(current, row));
  });
  return fragments;
}
