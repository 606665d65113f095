/**
 * Pure metric functions for the accuracy benchmark. Every comparison rule is defined here, so the
 * numbers the project publishes can be re-derived from this file alone.
 */

export interface SetCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface F1Score {
  precision: number;
  recall: number;
  f1: number;
}

export const ZERO_COUNTS: SetCounts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };

/**
 * One-to-one matching of expected against predicted items: each expected item consumes the first
 * unused predicted item it matches. Duplicates on either side count once per occurrence.
 */
export function compareSets(
  expected: readonly string[],
  predicted: readonly string[],
  isMatch: (expected: string, predicted: string) => boolean,
): SetCounts {
  const unused = [...predicted];
  let truePositives = 0;
  for (const item of expected) {
    const index = unused.findIndex((candidate) => isMatch(item, candidate));
    if (index >= 0) {
      truePositives += 1;
      unused.splice(index, 1);
    }
  }
  return {
    truePositives,
    falsePositives: predicted.length - truePositives,
    falseNegatives: expected.length - truePositives,
  };
}

export function addCounts(a: SetCounts, b: SetCounts): SetCounts {
  return {
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
  };
}

/** Precision and recall are 1 when nothing was predicted or expected, so empty = empty scores 1. */
export function computeF1(counts: SetCounts): F1Score {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'gu');

/**
 * Names compare after NFKC, case folding, collapsing whitespace, ignoring spaces next to CJK
 * characters (PDF extractors differ on them) and dropping surrounding punctuation. Accents are
 * kept: "José" and "Jose" are different names.
 */
export function normalizeName(name: string | null | undefined): string {
  return (name ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(SPACE_NEXT_TO_CJK, '')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

export function isSameName(expected: string | null, predicted: string | null): boolean {
  return normalizeName(expected) === normalizeName(predicted);
}

/** Locations compare like names, with punctuation and whitespace runs treated alike. */
export function normalizeLocation(location: string | null | undefined): string {
  return normalizeName(location)
    .replace(/[\p{P}\s]+/gu, ' ')
    .trim();
}

export function normalizeEmail(email: string): string {
  return email
    .normalize('NFKC')
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
}

export function isSameEmail(expected: string, predicted: string): boolean {
  return normalizeEmail(expected) === normalizeEmail(predicted);
}

/** The digits of a phone number, nothing else. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

/**
 * Phones match when their digits are equal, or, ignoring leading zeros (trunk prefixes such as the
 * 0 in "0171 ..."), when one is the other plus a country code: the shorter has at least 7 digits and
 * is a suffix of the longer, which is at most 3 digits longer. So "607.379.5733" matches
 * "+1 607 379 5733" and "0111 111111" matches "+49 111 111111".
 */
export function isSamePhone(expected: string, predicted: string): boolean {
  const a = phoneDigits(expected);
  const b = phoneDigits(predicted);
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const [shorter, longer] = [a, b]
    .map((digits) => digits.replace(/^0+/, ''))
    .sort((x, y) => x.length - y.length) as [string, string];
  return shorter.length >= 7 && longer.length - shorter.length <= 3 && longer.endsWith(shorter);
}

/**
 * URLs compare without scheme, "www.", trailing slashes and whitespace, with the host lower-cased
 * (paths keep their case: GitHub handles differ from YouTube ids).
 */
export function normalizeUrl(url: string): string {
  const bare = url
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '');
  const slash = bare.indexOf('/');
  return slash < 0 ? bare.toLowerCase() : bare.slice(0, slash).toLowerCase() + bare.slice(slash);
}

// Labels write some links as "Site:// handle" (the printed form, e.g. "Github:// deedydas").
const PSEUDO_SCHEME = /^\s*([a-z][a-z0-9]*):\/\/\s*@?(.+?)\s*$/i;
const REAL_SCHEMES = new Set(['http', 'https', 'ftp']);

export function isSameUrl(expected: string, predicted: string): boolean {
  if (normalizeUrl(expected) === normalizeUrl(predicted)) return true;
  const pseudo = PSEUDO_SCHEME.exec(expected);
  if (!pseudo || REAL_SCHEMES.has(pseudo[1]!.toLowerCase())) return false;
  // "Github:// deedydas" matches a link on github.<tld> whose path ends in the handle.
  const site = pseudo[1]!.toLowerCase();
  const handle = pseudo[2]!.toLowerCase();
  const target = normalizeUrl(predicted).toLowerCase();
  const [host = '', ...path] = target.split('/');
  const lastSegment = (path.at(-1) ?? '').replace(/^@/, '');
  return host.split('.')[0] === site && path.length > 0 && lastSegment === handle;
}

export function isSameKind(expected: string, predicted: string): boolean {
  return expected === predicted;
}

/** Unique values, so a kind listed twice counts once in the set comparison. */
export function uniqueValues(values: readonly string[]): string[] {
  return [...new Set(values)];
}
