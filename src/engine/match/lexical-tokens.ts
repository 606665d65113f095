/**
 * Word tokens and a light stemmer for the lexical side of matching. Deliberately small: the
 * taxonomy (terms.ts) resolves skills and aliases; this only has to make "managed", "managing" and
 * "management" meet, and keep "C++", "C#" and "Node.js" intact.
 */
import { GENERIC_WORDS } from './generic-words.js';

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[.\-/][\p{L}\p{N}+#]+)*/gu;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Longest first, so "ations" wins over "s". Stems keep at least four letters. */
const SUFFIXES = [
  'ations',
  'ation',
  'ments',
  'ment',
  'ings',
  'ing',
  'ers',
  'er',
  'ies',
  'ed',
  'es',
  's',
  'e',
];
const MIN_STEM = 4;

/** Lower-cased word tokens; a run of CJK characters becomes overlapping character pairs. */
export function wordTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD_RE)) {
    const word = match[0];
    if (!CJK_RE.test(word)) {
      tokens.push(word);
      continue;
    }
    // CJK text has no spaces; character bigrams are the usual cheap substitute for words.
    const chars = [...word];
    if (chars.length === 1) tokens.push(word);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(`${chars[i]}${chars[i + 1]}`);
  }
  return tokens;
}

/** Two passes of suffix stripping: "engineering" → "engineer" → "engin", like "engineers". */
export function lexicalStem(word: string): string {
  if (/[^\p{L}]/u.test(word) || CJK_RE.test(word)) return word;
  let result = word;
  for (let pass = 0; pass < 2; pass++) result = stripSuffix(result);
  return result;
}

function stripSuffix(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) {
      const base = word.slice(0, word.length - suffix.length);
      if (suffix === 'ies') return `${base}y`;
      // "ss" is not a plural ("business", "process").
      if (suffix === 's' && base.endsWith('s')) return word;
      return base;
    }
  }
  return word;
}

/** Stems of the content words only: stop words and job-ad boilerplate are dropped. */
export function contentStems(text: string): string[] {
  const stems: string[] = [];
  for (const token of wordTokens(text)) {
    if (token.length < 2 && !CJK_RE.test(token)) continue;
    if (/^\d+$/.test(token) || GENERIC_WORDS.has(token)) continue;
    const stemmed = lexicalStem(token);
    if (!genericStems().has(stemmed)) stems.push(stemmed);
  }
  return stems;
}

let genericStemSet: Set<string> | undefined;

/** Stems of the generic words, so "experienced" is caught like "experience". Built once. */
function genericStems(): Set<string> {
  genericStemSet ??= new Set([...GENERIC_WORDS].map(lexicalStem));
  return genericStemSet;
}

export function isGenericToken(token: string): boolean {
  return GENERIC_WORDS.has(token) || genericStems().has(lexicalStem(token));
}
