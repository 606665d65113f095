/**
 * Spelling mistakes are the most cited reason recruiters reject a resume outright. To stay
 * confident we only flag a lowercase word (no capitals, digits, URLs, emails, acronyms) that is
 * in neither the English list nor the technical allow-list and is one edit away from a word that
 * is: "managable" (manageable), "inisght" (insight). Lines with several unknown words are skipped,
 * since they are more likely a foreign phrase, placeholder text or jargon than typos.
 */
import type { Evidence } from '../../model/finding.js';
import type { Check } from '../types.js';
import { lineEvidence, MAX_EVIDENCE } from './support/bullets.js';
import { isKnownWord, nearestKnownWord } from './support/dictionary.js';
import { documentText } from './support/document-text.js';

// Candidate words are plain lowercase ASCII runs; the characters around a run decide whether it
// is a prose word (checked in code: a lookbehind in the pattern would make V8 test every position).
const WORD_RE = /[a-z]{5,20}/g;
// Before a word: a letter or digit (capitalised word, "v2beta") or URL, email, path, handle
// punctuation means it is part of something that is not prose.
const BAD_BEFORE_RE = /[\p{L}\p{N}@/._+#&'’:\\]/u;
const BAD_AFTER_RE = /[\p{L}\p{N}@/_+#&\\]/u;
// "example.com", "key:value": punctuation that continues into another word.
const JOINED_AFTER_RE = /^[.:'’-][\p{L}\p{N}]/u;
// A line ending a word with a hyphen ("submis-"), possibly followed by a date column.
const HYPHENATED_RE = /\p{Ll}-(?:\s|$)/u;
const MAX_UNKNOWN_PER_LINE = 2;
const MAX_WORDS = 10;

function isProseWord(text: string, start: number, end: number, lineStart: boolean): boolean {
  const before = text[start - 1] ?? ' ';
  if (before === '-') {
    // A compound ("non-existant") is fine; a hyphen at the start of a line is not a compound.
    if (lineStart) return false;
  } else if (BAD_BEFORE_RE.test(before)) return false;
  const after = text[end] ?? ' ';
  if (BAD_AFTER_RE.test(after)) return false;
  if (after === '-' && /[\s]|$/.test(text[end + 1] ?? '')) return false;
  return !JOINED_AFTER_RE.test(text.slice(end, end + 2)) || text.slice(end, end + 3) === "'s ";
}

/** Unknown plain words per line index, in reading order. */
function unknownWordsByLine(lines: Parameters<typeof documentText>[0]): Map<number, string[]> {
  const doc = documentText(lines);
  const byLine = new Map<number, string[]>();
  let lineIndex = 0;
  for (const match of doc.text.matchAll(WORD_RE)) {
    while ((doc.starts[lineIndex + 1] ?? Infinity) <= match.index) lineIndex++;
    const word = match[0];
    const end = match.index + word.length;
    if (isKnownWord(word)) continue;
    // Line-leading fragment of a hyphenated word ("submis- / sions").
    const atLineStart = match.index === doc.starts[lineIndex];
    if (atLineStart && HYPHENATED_RE.test(lines[lineIndex - 1]?.text ?? '')) continue;
    if (!isProseWord(doc.text, match.index, end, atLineStart)) continue;
    const list = byLine.get(lineIndex) ?? [];
    list.push(word);
    byLine.set(lineIndex, list);
  }
  return byLine;
}

export const spelling: Check = {
  id: 'content.spelling',
  category: 'content',
  severity: 'warning',
  weight: 5,
  appliesTo: { languages: ['en'] },
  codes: ['content.spelling'],
  run(context) {
    const lines = context.layout.lines;
    const found = new Map<string, string>();
    const evidence: Evidence[] = [];
    for (const [lineIndex, unknown] of unknownWordsByLine(lines)) {
      // Several unknown words on one line: a foreign phrase, placeholder text or jargon.
      if (unknown.length > MAX_UNKNOWN_PER_LINE) continue;
      let isSuspect = false;
      for (const word of unknown) {
        const suggestion = found.get(word) ?? nearestKnownWord(word);
        if (!suggestion) continue;
        found.set(word, suggestion);
        isSuspect = true;
      }
      const line = lines[lineIndex];
      if (isSuspect && line && evidence.length < MAX_EVIDENCE) evidence.push(lineEvidence(line));
    }
    if (found.size === 0) return [];
    const entries = [...found].slice(0, MAX_WORDS);
    return [
      {
        code: 'content.spelling',
        params: {
          count: found.size,
          words: entries.map(([word]) => word),
          suggestions: entries.map(([word, suggestion]) => `${word} → ${suggestion}`),
        },
        evidence,
      },
    ];
  },
};
