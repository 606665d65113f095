/**
 * Rejoins words hyphenated at a line end ("develop-" / "ment" -> "development") within one flow.
 * Only when the next line starts in lowercase: an uppercase start is a new item. Genuine compounds
 * keep their hyphen ("e-" / "mail" -> "e-mail", "full-" / "stack" -> "full-stack"): a one-letter
 * left part or a common compound-forming word is not a syllable break (TeX and Word never leave a
 * single letter before a break).
 */
import type { Line } from '../model/layout.js';

const BROKEN_END = /(\p{L}+)-$/u;
const CONTINUATION = /^(\p{Ll}[\p{L}]*)([.,;:)!?]*)(?:\s+|$)/u;
const COMPOUND_HEADS = new Set([
  'back',
  'best',
  'client',
  'co',
  'cross',
  'cutting',
  'data',
  'detail',
  'end',
  'front',
  'full',
  'half',
  'hands',
  'high',
  'in',
  'long',
  'low',
  'multi',
  'non',
  'object',
  'open',
  'part',
  'peer',
  'real',
  'results',
  'self',
  'server',
  'short',
  'state',
  'team',
  'third',
  'time',
  'top',
  'user',
  'web',
  'well',
  'world',
  'cloud',
  'test',
  'event',
  'fast',
  'cost',
  'mission',
  'customer',
]);

function keepsHyphen(head: string): boolean {
  return head.length === 1 || COMPOUND_HEADS.has(head.toLowerCase());
}

/** Repairs in place; `lines` are consecutive lines of one flow on one page. */
export function repairHyphenation(lines: Line[]): number {
  let repaired = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.table || next.table) continue;
    // The pattern is anchored at the end, but the engine would try it from every letter.
    if (!line.text.endsWith('-')) continue;
    const end = BROKEN_END.exec(line.text);
    const start = CONTINUATION.exec(next.text);
    if (!end || !start) continue;
    const head = end[1]!;
    const tail = start[1]! + start[2]!;
    const joined = keepsHyphen(head) ? `${line.text}${tail}` : `${line.text.slice(0, -1)}${tail}`;
    line.text = joined;
    next.text = next.text.slice(start[0].length).trim();
    repaired++;
  }
  return repaired;
}
