/**
 * Evidence helpers shared by the parseability and layout checks: every finding points at a line
 * (page, reading-order index, box, snippet) or, when a page has no text, at the page itself.
 */
import { collapseWhitespace } from '../../../layout/whitespace.js';
import type { Evidence } from '../../../model/finding.js';
import type { Line } from '../../../model/layout.js';
import { charKind } from '../../../parse/char-scan.js';
import type { CheckContext } from '../../types.js';

const SNIPPET_LENGTH = 80;
const WHITESPACE_RE = /\s/;

export function snippetOf(text: string): string {
  const clean = collapseWhitespace(text).trim();
  return clean.length > SNIPPET_LENGTH ? `${clean.slice(0, SNIPPET_LENGTH - 1)}…` : clean;
}

export function lineEvidence(line: Line, snippet = line.text): Evidence {
  return {
    page: line.page,
    line: line.index,
    ...(line.box ? { box: line.box } : {}),
    snippet: snippetOf(snippet),
  };
}

/** The whole page as a box, for pages with nothing to point at (scans, image-only pages). */
export function pageEvidence(context: CheckContext, page: number, snippet?: string): Evidence {
  const info = context.extracted.pages.find((p) => p.number === page);
  const box = info ? { x: 0, y: 0, width: info.width, height: info.height } : undefined;
  return { page, ...(box ? { box } : {}), ...(snippet ? { snippet: snippetOf(snippet) } : {}) };
}

/** The first body line on each page, else the page itself: evidence for page-level findings. */
export function pagesEvidence(
  context: CheckContext,
  pages: readonly number[],
  max = 5,
): Evidence[] {
  return pages.slice(0, max).map((page) => {
    const line = context.layout.lines.find((l) => l.page === page && l.zone === 'body');
    return line ? lineEvidence(line) : pageEvidence(context, page);
  });
}

/**
 * `text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length` in one walk: the
 * whitespace-separated tokens holding a letter or digit.
 */
function countWordTokens(text: string): number {
  let count = 0;
  let hasWordChar = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i += 1;
    if (isWhitespace(code)) {
      if (hasWordChar) count += 1;
      hasWordChar = false;
    } else if (!hasWordChar && charKind(code) > 0) hasWordChar = true;
  }
  return hasWordChar ? count + 1 : count;
}

/** What /\s/ matches; ASCII without the regex. */
function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code <= 0xffff && WHITESPACE_RE.test(String.fromCharCode(code));
}

/** Word count per page from the reading-order lines. */
export function wordsByPage(lines: readonly Line[]): Map<number, number> {
  const words = new Map<number, number>();
  for (const line of lines) {
    const count = countWordTokens(line.text);
    words.set(line.page, (words.get(line.page) ?? 0) + count);
  }
  return words;
}
