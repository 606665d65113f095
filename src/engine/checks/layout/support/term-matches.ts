/**
 * Counting a skill term in the document's lines, as keyword-stuffing.ts does for every skill:
 * matches of `termPattern(term)` in the whole text and per line.
 */
import type { Line } from '../../../model/layout.js';

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function termPattern(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'giu');
}

const ASCII_RE = /^[^\u0080-\uffff]*$/;
/** The class and flags of `termPattern`'s lookarounds. */
const WORD_CHAR_RE = /[\p{L}\p{N}]/iu;

/**
 * The document searched term by term. Compiling a case-insensitive Unicode pattern per skill and
 * running it over every line made this the costliest check, so ASCII terms (most skills) are
 * counted without a pattern, and only on lines that can hold them:
 * - under /iu an ASCII character matches only itself, its capital, and for "s" and "k" the long
 *   s and the Kelvin sign; `folded` holds each line lowercased (the Kelvin sign becomes "k") with
 *   "ſ" as "s", so a line can match only where its folded form contains the term;
 * - other terms are matched with the pattern once over `text`, each match assigned to its line.
 * A match never crosses a line break unless the term holds one, so counting per line gives the
 * same matches as the whole text.
 */
export interface SearchableLines {
  lines: readonly Line[];
  text: string;
  starts: number[];
  folded: string;
  foldedStarts: number[];
}

export function toSearchable(lines: readonly Line[]): SearchableLines {
  const text = lines.map((line) => line.text).join('\n');
  const foldedLines = lines.map((line) => line.text.toLowerCase().replaceAll('ſ', 's'));
  return {
    lines,
    text,
    starts: lineStarts(lines.map((line) => line.text)),
    folded: foldedLines.join('\n'),
    foldedStarts: lineStarts(foldedLines),
  };
}

function lineStarts(texts: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length + 1;
  }
  return starts;
}

/** The line holding `offset`, searching forwards from `from` (offsets arrive in order). */
function lineAt(starts: readonly number[], offset: number, from: number): number {
  let i = from;
  while (i + 1 < starts.length && starts[i + 1]! <= offset) i += 1;
  return i;
}

/** Matches of the term in the whole text, and per line index in line order (only lines with one). */
export function countMatches(
  term: string,
  doc: SearchableLines,
): { total: number; perLine: Map<number, number> } {
  const perLine = new Map<number, number>();
  if (term.includes('\n')) {
    const pattern = termPattern(term);
    doc.lines.forEach((line, i) => {
      const count = line.text.match(pattern)?.length ?? 0;
      if (count > 0) perLine.set(i, count);
    });
    return { total: doc.text.match(pattern)?.length ?? 0, perLine };
  }
  let line = 0;
  if (ASCII_RE.test(term)) {
    const alternatives = caseAlternatives(term);
    for (let at = doc.folded.indexOf(term); at >= 0; at = doc.folded.indexOf(term, at + 1)) {
      line = lineAt(doc.foldedStarts, at, line);
      if (perLine.has(line)) continue;
      perLine.set(line, countAsciiTerm(doc.lines[line]!.text, alternatives));
    }
    for (const [index, count] of perLine) if (count === 0) perLine.delete(index);
  } else {
    for (const match of doc.text.matchAll(termPattern(term))) {
      line = lineAt(doc.starts, match.index, line);
      perLine.set(line, (perLine.get(line) ?? 0) + 1);
    }
  }
  let total = 0;
  for (const count of perLine.values()) total += count;
  return { total, perLine };
}

/** For each character of a lowercase ASCII term, the characters it matches under /iu. */
function caseAlternatives(term: string): string[] {
  return [...term].map((char) => {
    if (char === 's') return 'sSſ';
    if (char === 'k') return 'kK\u212a';
    return /[a-z]/.test(char) ? char + char.toUpperCase() : char;
  });
}

/** What `termPattern(term)` counts in `text` for an ASCII term, without compiling it. */
function countAsciiTerm(text: string, alternatives: readonly string[]): number {
  const length = alternatives.length;
  let count = 0;
  let at = 0;
  while (at + length <= text.length) {
    if (
      alternatives.every((chars, i) => chars.includes(text[at + i]!)) &&
      !isWordChar(codePointBefore(text, at)) &&
      !isWordChar(text.codePointAt(at + length))
    ) {
      count += 1;
      at += length;
    } else at += 1;
  }
  return count;
}

/** The code point ending just before `at`, a surrogate pair read whole as /u lookbehind does. */
function codePointBefore(text: string, at: number): number | undefined {
  if (at === 0) return undefined;
  const last = text.charCodeAt(at - 1);
  const isLow = last >= 0xdc00 && last <= 0xdfff;
  const previous = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return isLow && previous >= 0xd800 && previous <= 0xdbff ? text.codePointAt(at - 2) : last;
}

function isWordChar(codePoint: number | undefined): boolean {
  return codePoint !== undefined && WORD_CHAR_RE.test(String.fromCodePoint(codePoint));
}
