/**
 * Names a text introduces: employers, job titles and other proper nouns. There is no NER model in
 * the engine, so this reads capitalisation: a run of capitalised words that is not an ordinary
 * word opening a sentence is a name. Job titles are also caught in lower case through a seniority
 * word ("senior", "lead", "head of") or the taxonomy's title terms. Over-flagging is the safe
 * direction: a rejected rewrite costs a suggestion, a shown fabrication costs trust.
 */
import { isKnownWord } from '../../engine/checks/content/support/dictionary.js';
import { findTerms } from '../../engine/match/terms.js';

export interface NamedFact {
  kind: 'employer' | 'title' | 'name' | 'date';
  text: string;
}

/** Words, not the unit letter of an amount ("$1.2M"). */
const WORD_RE = /(?<![\p{N}.,$€£])(?:[\p{L}][\p{L}\p{N}&'’.-]*[\p{L}\p{N}]|[\p{L}])/gu;
const CONNECTORS = new Set(['of', 'and', '&', 'the', 'de', 'for']);
/** Words that are capitalised by convention in letters and rewrites, never facts. */
const CONVENTIONAL = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'dear',
  'hiring',
  'manager',
  'team',
  'sincerely',
  'regards',
  'best',
  'kind',
  'warm',
  'thank',
  'thanks',
  'hello',
  'hi',
]);
const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
const EMPLOYER_CUE_RE = /\b(?:at|joined|with|for|from|by)\s*$/i;
const SENIORITY_RE =
  /\b(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|chief|head\s+of|director\s+of|vice\s+president|vp|manager\s+of)\s+(?:[\p{L}-]+\s+){0,2}?(?:engineer|developer|manager|designer|analyst|architect|scientist|consultant|director|officer|lead|specialist|administrator|marketing|sales|product|engineering|operations|finance|design|data)\b/giu;

/** Start of text, after sentence punctuation, or at a line or bullet start. */
const SENTENCE_START_RE = /(?:^|[.!?:;•"“(]|\n[\s*•\-–]*)\s*$/;
/** Enough text before a word to see its sentence break, without rescanning the whole prefix. */
const LOOK_BEHIND = 16;

interface Word {
  text: string;
  start: number;
  end: number;
  isSentenceStart: boolean;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD_RE)].map((match) => {
    const before = text.slice(Math.max(0, match.index - LOOK_BEHIND), match.index);
    return {
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      isSentenceStart:
        SENTENCE_START_RE.test(before) &&
        (match.index < LOOK_BEHIND || /[.!?:;•"“(\n]/.test(before)),
    };
  });
}

function isCapitalised(word: Word): boolean {
  const first = word.text[0] ?? '';
  if (first === first.toLowerCase()) return false;
  const lower = word.text.toLowerCase().replace(/[’]/g, "'");
  if (CONVENTIONAL.has(lower)) return false;
  // A common word opening a sentence is capitalised by grammar, not because it is a name; the
  // dictionary holds words of 3+ letters, so "At", "In", "As" count as common by length.
  return !(word.isSentenceStart && (lower.length <= 2 || isKnownWord(lower)));
}

/** Capitalised runs ("Goldman Sachs", "Bank of America"), skipping taxonomy skills (checked apart). */
function properNouns(
  text: string,
  skillSpans: ReadonlyArray<{ start: number; end: number }>,
): NamedFact[] {
  const words = wordsOf(text).filter(
    (w) => !skillSpans.some((s) => w.start >= s.start && w.end <= s.end),
  );
  const facts: NamedFact[] = [];
  let run: Word[] = [];
  const flush = (): void => {
    while (run.length > 0 && CONNECTORS.has((run[run.length - 1] as Word).text.toLowerCase()))
      run.pop();
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last) {
      const phrase = text.slice(first.start, last.end);
      const kind = MONTHS.has(phrase.toLowerCase())
        ? 'date'
        : EMPLOYER_CUE_RE.test(text.slice(0, first.start))
          ? 'employer'
          : 'name';
      facts.push({ kind, text: phrase });
    }
    run = [];
  };
  for (const word of words) {
    const previous = run[run.length - 1];
    const isAdjacent =
      previous === undefined || /^[\s&]*$/.test(text.slice(previous.end, word.start));
    if (!isAdjacent) flush();
    if (isCapitalised(word)) run.push(word);
    else if (run.length > 0 && CONNECTORS.has(word.text.toLowerCase())) run.push(word);
    else flush();
  }
  flush();
  return facts;
}

/** `knownSkills`: canonical terms the source backs; their spans are not re-read as names. */
export function extractNamedFacts(text: string, knownSkills: ReadonlySet<string>): NamedFact[] {
  const skillSpans = findTerms(text).filter((m) => m.kind !== 'title' && knownSkills.has(m.term));
  const titles = [...text.matchAll(SENIORITY_RE)].map((m) => ({
    kind: 'title' as const,
    text: m[0],
  }));
  const taxonomyTitles = findTerms(text)
    .filter((m) => m.kind === 'title')
    .map((m) => ({ kind: 'title' as const, text: m.surface }));
  const titleTexts = [...titles, ...taxonomyTitles].map((t) => t.text.toLowerCase());
  // A capitalised title is found twice; report it once, as a title.
  const names = properNouns(text, skillSpans).filter(
    (n) => !titleTexts.some((t) => t.includes(n.text.toLowerCase())),
  );
  return [...titles, ...taxonomyTitles, ...names];
}
