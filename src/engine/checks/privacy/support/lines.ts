/**
 * Finds personal data in the document text. Label and value are often separate lines (a
 * two-column "Personal details" table reads as "Geburtsdatum" then "14.05.1990"); the joined
 * document text keeps them one newline apart, so patterns that allow whitespace after a label
 * find both. Each match is reported on the line where it starts.
 */
import { collapseWhitespace } from '../../../layout/whitespace.js';
import type { Evidence } from '../../../model/finding.js';
import type { Line } from '../../../model/layout.js';
import { documentText, lineAtOffset } from '../../content/support/document-text.js';

export interface LineMatch {
  line: Line;
  match: RegExpExecArray;
}

const LETTER_RE = /\p{L}/u;
// CJK text has no spaces between words, so a CJK match may follow any character.
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function startsWord(text: string, index: number): boolean {
  const before = text[index - 1];
  return !before || !LETTER_RE.test(before) || CJK_RE.test(text[index] ?? '');
}

/**
 * Every match of `re` (which must have the g flag), at most `limit`, that starts a word: checked
 * here rather than with a lookbehind in each pattern, which makes V8 try every position slowly.
 */
export function findInLines(lines: readonly Line[], re: RegExp, limit = 1): LineMatch[] {
  const doc = documentText(lines);
  const found: LineMatch[] = [];
  re.lastIndex = 0;
  for (let match = re.exec(doc.text); match && found.length < limit; match = re.exec(doc.text)) {
    const line = startsWord(doc.text, match.index) ? lineAtOffset(doc, match.index) : undefined;
    if (line) found.push({ line, match });
    if (match[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return found;
}

/** Evidence pointing at the line; `snippet` defaults to the matched text. */
export function matchEvidence(found: LineMatch, snippet = found.match[0]): Evidence {
  const { line } = found;
  return {
    page: line.page,
    line: line.index,
    ...(line.box ? { box: line.box } : {}),
    snippet: collapseWhitespace(snippet).trim().slice(0, 140),
  };
}
