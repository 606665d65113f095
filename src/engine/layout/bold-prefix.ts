/**
 * The bold run a line starts with, when the rest is not bold: "**Analista Financeira Sênior** –
 * Grupo Paulista". Word-style resumes set an entry's title this way, so the parser can use it as
 * an entry-title signal even though the line as a whole is not bold.
 */
import type { TextSpan } from '../model/document.js';
import { isPrivateUse } from '../extract/symbol-glyphs.js';
import { joinSpans } from './words.js';

const LETTER = /\p{L}/u;

function isMarker(span: TextSpan): boolean {
  const text = span.text.trim();
  return text.length === 1 && (isPrivateUse(text) || !LETTER.test(text));
}

/** @param spans the line's spans in x order. */
export function findBoldPrefix(spans: TextSpan[]): string | undefined {
  let start = 0;
  while (start < spans.length && isMarker(spans[start]!)) start++;
  let end = start;
  while (end < spans.length && spans[end]!.bold) end++;
  if (end === start || end === spans.length) return undefined;
  const rest = spans.slice(end).some((span) => LETTER.test(span.text));
  const prefix = joinSpans(spans.slice(start, end)).replace(/[\s\-–—|:,]+$/u, '');
  return rest && LETTER.test(prefix) ? prefix : undefined;
}
