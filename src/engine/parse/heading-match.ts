/** Looks a candidate heading line up in the heading dictionary, exactly or by contained phrase. */
import type { SectionKind } from '../model/resume.js';
import { COMPOUND_SUFFIXES } from './heading-cues.js';
import { HEADING_PHRASES } from './headings-dictionary.js';
import { collapseLetterSpacing, foldText, hasCjk, stripIcons } from './text.js';

export interface HeadingMatch {
  kind: SectionKind;
  /** True when the whole line is a dictionary phrase; false for a phrase inside a longer line. */
  exact: boolean;
}

const PHRASES = new Map<string, SectionKind>();
const CJK_PHRASES: Array<[string, SectionKind]> = [];
for (const [kind, phrases] of Object.entries(HEADING_PHRASES) as Array<[SectionKind, string[]]>) {
  for (const phrase of phrases) {
    const key = normalizeHeading(phrase);
    if (!PHRASES.has(key)) PHRASES.set(key, kind);
    if (hasCjk(key)) CJK_PHRASES.push([key.replace(/ /g, ''), kind]);
  }
}
// Longest first, so "项目经历" wins over "项目" at the same position.
CJK_PHRASES.sort((a, b) => b[0].length - a[0].length);

/**
 * Words too common in job titles and prose to decide a heading when they are only part of a
 * line ("Customer Service Lead", "Training Manager"); they still match a line on their own.
 */
const WEAK_INSIDE = new Set([
  'service',
  'community',
  'leadership',
  'activities',
  'tools',
  'training',
  'career',
  'language',
  'additional',
  'other',
  'about',
  'bio',
  'overview',
  'highlights',
  'positions',
  'appointments',
  'teaching',
  'links',
  'contact',
  'engagement',
  'stages',
  'formation',
  'resume',
  'cv',
  'courses',
  'cursos',
  'опыт',
  'introduction',
  'recognition',
  'papers',
  'talks',
  'internship',
  'profile',
]);

/** Words that may sit beside a phrase without changing what the heading means. */
const MAX_EXTRA_WORDS = 3;

export function normalizeHeading(text: string): string {
  const unspaced = collapseLetterSpacing(stripIcons(text));
  return foldText(unspaced)
    .replace(/^\s*(?:\d{1,2}|[ivx]{1,4})[.)]\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function matchHeading(text: string): HeadingMatch | null {
  if (text.length > 80) return null;
  const key = normalizeHeading(text);
  if (!key || key.length > 60) return null;
  const exact = PHRASES.get(key) ?? PHRASES.get(key.replace(/ /g, ''));
  if (exact) return { kind: exact, exact: true };
  if (hasCjk(key)) return matchCjk(key);
  return matchInside(key.split(' '));
}

function matchInside(tokens: string[]): HeadingMatch | null {
  if (tokens.length > 6) return null;
  const found = findPhrase(tokens);
  if (found)
    return tokens.length - found.length <= MAX_EXTRA_WORDS
      ? { kind: found.kind, exact: false }
      : null;
  return matchCompound(tokens);
}

/** The earliest phrase in the tokens, longest at that position (up to four words). */
function findPhrase(tokens: string[]): { kind: SectionKind; length: number } | null {
  for (let start = 0; start < tokens.length; start += 1) {
    for (let length = Math.min(4, tokens.length - start); length >= 1; length -= 1) {
      const phrase = tokens.slice(start, start + length).join(' ');
      const kind = PHRASES.get(phrase);
      if (kind && !(length === 1 && WEAK_INSIDE.has(phrase))) return { kind, length };
    }
  }
  return null;
}

/** German compounds: "Schulausbildung", "Programmierkenntnisse", "IT-Kenntnisse". */
function matchCompound(tokens: string[]): HeadingMatch | null {
  if (tokens.length > 3) return null;
  for (const token of tokens) {
    for (const [suffix, kind] of COMPOUND_SUFFIXES) {
      if (token.length > suffix.length + 2 && token.endsWith(suffix)) return { kind, exact: false };
    }
  }
  return null;
}

/** CJK headings have no spaces between words: find the earliest (then longest) phrase inside. */
function matchCjk(key: string): HeadingMatch | null {
  const compact = key.replace(/ /g, '');
  if (compact.length > 12) return null;
  let best: { kind: SectionKind; at: number } | null = null;
  for (const [phrase, kind] of CJK_PHRASES) {
    const at = compact.indexOf(phrase);
    if (at >= 0 && (!best || at < best.at)) best = { kind, at };
  }
  return best ? { kind: best.kind, exact: false } : null;
}
