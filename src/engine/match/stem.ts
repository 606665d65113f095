/**
 * Token normalisation shared by the taxonomy loader and the term finder, so a label and the text
 * that mentions it reduce to the same key. Two strengths:
 * - `foldToken`: case, possessive, internal dots ("Node.js" = "NodeJS") and regular plurals. Safe
 *   for tool names, where "-ed"/"-ing" would create false matches ("sparked" is not Spark).
 * - `stemToken`: also "-ing"/"-ed" and a final "e", so verb phrases meet their variants
 *   ("managing projects" = "manage projects"). Only used for multi-word phrases.
 * Deliberately lighter than Porter: over-stemming merges unrelated skills ("marketing"/"market").
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function hasOnlyLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** Regular English plural → singular; irregular and short words are left alone. */
function singularize(word: string): string {
  if (word.length < 4 || !word.endsWith('s') || !hasOnlyLetters(word)) return word;
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('es')) {
    const stem = word.slice(0, -2);
    const isSibilant =
      stem.endsWith('ch') || stem.endsWith('sh') || stem.endsWith('x') || stem.endsWith('z');
    if (isSibilant || stem.endsWith('ss')) return stem;
  }
  return word.slice(0, -1);
}

/** Lowercase, drop a possessive "'s", join dotted names ("node.js" → "nodejs"), singularise. */
export function foldToken(token: string): string {
  let word = token.toLowerCase();
  if (word.includes('’')) word = word.replaceAll('’', "'");
  if (word.endsWith("'s")) word = word.slice(0, -2);
  if (word.includes('.', 1)) word = word[0] + word.slice(1).replaceAll('.', '');
  return singularize(word);
}

/** Undo a doubled final consonant left by "-ing"/"-ed" ("planning" → "plann" → "plan"). */
function undouble(stem: string): string {
  const last = stem[stem.length - 1] ?? '';
  if (stem.length > 3 && last === stem[stem.length - 2] && !VOWELS.has(last)) {
    if (last !== 'l' && last !== 's' && last !== 'z') return stem.slice(0, -1);
  }
  return stem;
}

/**
 * Bump when `foldToken` changes: the generated taxonomy stores folded keys and must be rebuilt
 * (a test compares this with the version the data was built with).
 */
export const FOLD_VERSION = 1;

/** `foldToken` plus verb endings: "managing", "managed", "manage" → "manag". */
export function stemToken(token: string): string {
  return stemFolded(foldToken(token));
}

/** `stemToken` for a token that is already folded. */
export function stemFolded(word: string): string {
  if (word.length < 5 || !hasOnlyLetters(word)) return word;
  if (word.endsWith('ing') && word.length >= 6) return undouble(word.slice(0, -3));
  if (word.endsWith('ied')) return word.slice(0, -3) + 'y';
  if (word.endsWith('ed')) return undouble(word.slice(0, -2));
  if (word.endsWith('e')) return word.slice(0, -1);
  return word;
}
