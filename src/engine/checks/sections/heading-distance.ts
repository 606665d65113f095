/**
 * Near-miss lookup of a heading in the parser's dictionary: "Experiance" and "Educaton" are
 * one edit from a standard heading and read as "other" by an ATS that matches exactly.
 */
import type { SectionKind } from '../../model/resume.js';
import { normalizeHeading } from '../../parse/heading-match.js';
import { HEADING_PHRASES } from '../../parse/headings-dictionary.js';
import { hasCjk } from '../../parse/text.js';

interface Target {
  phrase: string;
  kind: SectionKind;
  letters: number;
}

const TARGETS: Target[] = Object.entries(HEADING_PHRASES)
  .filter(([kind]) => kind !== 'other')
  .flatMap(([kind, phrases]) =>
    phrases
      .map((p) => normalizeHeading(p))
      .map((phrase) => ({ phrase, kind: kind as SectionKind, letters: letterMask(phrase) })),
  )
  .filter((t) => t.phrase.length >= 5 && !hasCjk(t.phrase));

/**
 * The set of characters in a text as 31 bits (characters hashed by code). One edit changes at
 * most two members of the set, so two texts within `d` edits differ in at most 2d bits: a cheap
 * test that skips most of the dictionary before the quadratic distance.
 */
function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i += 1) mask |= 1 << (text.charCodeAt(i) % 31);
  return mask;
}

function bitCount(value: number): number {
  let n = value;
  let count = 0;
  while (n) {
    n &= n - 1;
    count += 1;
  }
  return count;
}

/** Short words allow one typo, longer ones two: "skils" is Skills, "prizes" is not "projects". */
function maxEdits(length: number): number {
  return length < 8 ? 1 : 2;
}

export function nearestStandardHeading(key: string): { phrase: string; kind: SectionKind } | null {
  if (key.length < 5 || hasCjk(key)) return null;
  const limit = maxEdits(key.length);
  const letters = letterMask(key);
  let best: { phrase: string; kind: SectionKind; distance: number } | null = null;
  for (const { phrase, kind, letters: other } of TARGETS) {
    if (Math.abs(phrase.length - key.length) > limit) continue;
    if (bitCount(letters ^ other) > 2 * limit) continue;
    const distance = editDistance(key, phrase, limit);
    if (distance > 0 && distance <= limit && (!best || distance < best.distance)) {
      best = { phrase, kind, distance };
    }
  }
  return best && { phrase: best.phrase, kind: best.kind };
}

/** Levenshtein distance with adjacent transpositions, abandoned once every cell exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
