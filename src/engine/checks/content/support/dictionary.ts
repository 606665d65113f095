/**
 * Looks words up in the reduced SCOWL list. The list is decoded into a Set on first use (about
 * 30,000 words, a few milliseconds once per process) so engines that never check spelling pay
 * nothing. Lookups undo the same regular inflections the reduction removed.
 */
import { ENGLISH_WORDS_FRONT_CODED } from '../data/english-words.js';
import { TECHNICAL_TERMS } from '../data/technical-terms.js';

let words: Set<string> | null = null;

function decode(coded: string): Set<string> {
  const result = new Set<string>();
  let previous = '';
  let i = 0;
  while (i < coded.length) {
    const shared = coded.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < coded.length && coded.charCodeAt(j) > 57) j++;
    previous = previous.slice(0, shared) + coded.slice(i + 1, j);
    result.add(previous);
    i = j;
  }
  return result;
}

function dictionary(): Set<string> {
  words ??= decode(ENGLISH_WORDS_FRONT_CODED);
  return words;
}

function stems(word: string): string[] {
  const out: string[] = [];
  const undoubled = (stem: string) =>
    stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? [stem.slice(0, -1)] : [];
  if (word.endsWith('ies') || word.endsWith('ied')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  for (const suffix of ['ed', 'ing']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    out.push(stem, `${stem}e`, ...undoubled(stem));
  }
  if (word.endsWith('ly')) out.push(word.slice(0, -2));
  if (word.endsWith('ily')) out.push(`${word.slice(0, -3)}y`);
  return out;
}

// Resumes repeat the same few thousand words; remembering answers makes repeat lookups one Map
// read. Bounded so a long-running server does not grow it without limit.
const answers = new Map<string, boolean>();
const MAX_ANSWERS = 50_000;

function lookUp(word: string): boolean {
  const set = dictionary();
  if (set.has(word) || TECHNICAL_TERMS.has(word)) return true;
  return stems(word).some(
    (stem) => stem.length >= 2 && (set.has(stem) || TECHNICAL_TERMS.has(stem)),
  );
}

/** True for a lowercase word in the list, the technical allow-list, or an inflection of either. */
export function isKnownWord(word: string): boolean {
  let known = answers.get(word);
  if (known === undefined) {
    known = lookUp(word);
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(word, known);
  }
  return known;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const nearest = new Map<string, string | null>();

/** `lookUp` without allocations, for the hundreds of candidates one unknown word produces. */
function isCandidateKnown(set: Set<string>, w: string): boolean {
  if (set.has(w) || TECHNICAL_TERMS.has(w)) return true;
  const last = w.charCodeAt(w.length - 1);
  if (last === 115 /* s */ && set.has(w.slice(0, -1))) return true;
  if (last === 100 /* d */ && w.endsWith('ed')) {
    return set.has(w.slice(0, -2)) || set.has(w.slice(0, -1));
  }
  if (last === 103 /* g */ && w.endsWith('ing')) {
    return set.has(w.slice(0, -3)) || set.has(`${w.slice(0, -3)}e`);
  }
  return false;
}

function search(word: string): string | null {
  const set = dictionary();
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const deleted = word.slice(0, i) + word.slice(i + 1);
    if (isCandidateKnown(set, deleted)) return deleted;
  }
  for (let i = 0; i < n - 1; i++) {
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (isCandidateKnown(set, swapped)) return swapped;
  }
  for (let i = 0; i <= n; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    const rest = word.slice(i + 1);
    for (const letter of LETTERS) {
      if (isCandidateKnown(set, head + letter + tail)) return head + letter + tail;
      if (i < n && letter !== word[i] && isCandidateKnown(set, head + letter + rest)) {
        return head + letter + rest;
      }
    }
  }
  return null;
}

/**
 * A known word one edit away (deletion, transposition, substitution, insertion), or null. An
 * unknown word with such a neighbour is very likely a typo of it, which is what makes a finding
 * confident; an unknown word with no near neighbour is more likely a name or jargon.
 */
export function nearestKnownWord(word: string): string | null {
  let result = nearest.get(word);
  if (result === undefined) {
    result = search(word);
    if (nearest.size >= MAX_ANSWERS) nearest.clear();
    nearest.set(word, result);
  }
  return result;
}
