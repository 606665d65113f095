/**
 * Counting and filtering text by Unicode letter and number classes in one walk over the code
 * points. Each helper gives exactly what the regular expression in its comment gives: run line
 * after line, building those match arrays only to count them cost several times more.
 */
const LETTER_RE = /\p{L}/u;
const NUMBER_RE = /\p{N}/u;

/** How \p{L} (2) and \p{N} (1) classify a code point, 0 for neither; ASCII without a regex. */
export function charKind(codePoint: number): number {
  if (codePoint < 0x80) {
    const lower = codePoint | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) return 2;
    return codePoint >= 0x30 && codePoint <= 0x39 ? 1 : 0;
  }
  const char = String.fromCodePoint(codePoint);
  if (LETTER_RE.test(char)) return 2;
  return NUMBER_RE.test(char) ? 1 : 0;
}

export interface WordRunOptions {
  /** Characters that continue a run once it started ("'’.-" for "O'Neil", "node.js", "e-mail"). */
  joiners?: string;
  /** Only a letter starts a run; digits before it are skipped. */
  startsWithLetter?: boolean;
}

/**
 * Counts the matches of /[\p{L}\p{N}][\p{L}\p{N}<joiners>]*\/gu, or of /\p{L}[…]*\/gu when
 * `startsWithLetter`.
 */
export function countWordRuns(text: string, options: WordRunOptions = {}): number {
  const { joiners = '', startsWithLetter = false } = options;
  let count = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i += 1;
    const kind = charKind(code);
    if (inRun) {
      if (kind > 0 || (code <= 0xffff && joiners.includes(String.fromCharCode(code)))) continue;
      inRun = false;
    }
    if (kind === 2 || (kind === 1 && !startsWithLetter)) {
      count += 1;
      inRun = true;
    }
  }
  return count;
}

/** `text.replace(/[^\p{L}\p{N}]+/gu, '')`: the letters and digits, copied run by run. */
export function keepLettersAndDigits(text: string): string {
  let kept = '';
  let runStart = -1;
  for (let i = 0; i < text.length; i += 1) {
    const at = i;
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i += 1;
    if (charKind(code) > 0) {
      if (runStart < 0) runStart = at;
    } else if (runStart >= 0) {
      kept += text.slice(runStart, at);
      runStart = -1;
    }
  }
  return runStart >= 0 ? kept + text.slice(runStart) : kept;
}

/** Counts the matches of /\p{L}/gu. */
export function countLetters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i += 1;
    if (charKind(code) === 2) count += 1;
  }
  return count;
}
