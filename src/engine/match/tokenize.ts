/**
 * Splits text into word tokens that keep the punctuation tech names need. A hand-written scanner
 * rather than a Unicode regex: the taxonomy loader tokenises ~50,000 labels, and this is several
 * times faster.
 */

export interface Token {
  /** The token as printed. */
  raw: string;
  start: number;
  end: number;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return code === code && NON_ASCII_WORD.test(text[at] ?? '');
}

/** Characters that join two word parts into one token: "Node.js", "R&D", "Bachelor's". */
function isInnerJoiner(char: string | undefined): boolean {
  return char === '.' || char === "'" || char === '’' || char === '&';
}

/**
 * A word is letters/digits, led by a dot when it stands alone (".NET"), joined by inner dots,
 * apostrophes or ampersands, and closed by "++", "+" or "#" ("C++", "C#"). Hyphens and slashes
 * separate words, so "CI/CD" and "problem-solving" are two tokens each; taxonomy keys are built
 * by this same function, so they still match.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const isLeadingDot =
      text[at] === '.' && isWordAt(text, at + 1) && (at === 0 || !isWordAt(text, at - 1));
    if (!isLeadingDot && !isWordAt(text, at)) {
      at++;
      continue;
    }
    const start = at;
    at += isLeadingDot ? 2 : 1;
    for (;;) {
      while (at < text.length && isWordAt(text, at)) at++;
      if (isInnerJoiner(text[at]) && isWordAt(text, at + 1)) at += 2;
      else break;
    }
    if (text[at] === '+' && text[at + 1] === '+') at += 2;
    else if (text[at] === '+' || text[at] === '#') at++;
    tokens.push({ raw: text.slice(start, at), start, end: at });
  }
  return tokens;
}
