/**
 * Finds taxonomy terms in a text: tokenise once, then at each token walk the hashed key prefixes
 * for the longest phrase (up to the taxonomy's longest key) that is a known term, folded or
 * stemmed. Longest-leftmost wins, so "machine learning" beats "machine" and "learning". Phrases
 * never cross punctuation other than a hyphen or slash, so "…in Java. Script…" is not JavaScript.
 */
import type { TermMention } from '../model/match.js';
import { type Candidate, confirmAmbiguous } from './context.js';
import { foldToken, stemToken } from './stem.js';
import { getTaxonomy, type KeyTarget, type Taxonomy } from './taxonomy.js';
import { type Token, tokenize } from './tokenize.js';

export interface FindTermsOptions {
  /** ISO 639-1 code of the text; stemming is English-only, other languages match folded forms. */
  language?: string;
}

const JOINER = /^[ \t\u00a0]*[-/–]?[ \t\u00a0]*$/;

function canJoin(text: string, left: Token, right: Token): boolean {
  return right.start - left.end <= 3 && JOINER.test(text.slice(left.end, right.start));
}

const SENTENCE_BREAK = /[.!?;:\n•|]/;

/** Sentence number of each token, so context never leaks across a full stop or line. */
function sentencesOf(text: string, tokens: readonly Token[]): number[] {
  let sentence = 0;
  return tokens.map((token, i) => {
    const previous = tokens[i - 1];
    if (previous !== undefined && SENTENCE_BREAK.test(text.slice(previous.end, token.start))) {
      sentence++;
    }
    return sentence;
  });
}

function accepts(target: KeyTarget | undefined, tokens: readonly Token[], first: number): boolean {
  if (target === undefined) return false;
  if (target.forms === null) return true;
  const raw = tokens[first]?.raw ?? '';
  return target.forms.includes(raw);
}

function longestAt(
  taxonomy: Taxonomy,
  text: string,
  tokens: readonly Token[],
  keys: { folded: readonly string[]; stemmed: readonly string[] | null },
  first: number,
): Candidate | null {
  let best: Candidate | null = null;
  let fold = '';
  let stem = '';
  for (let last = first; last < tokens.length && last - first < taxonomy.maxTokens; last++) {
    if (last > first && !canJoin(text, tokens[last - 1] as Token, tokens[last] as Token)) break;
    const space = last === first ? '' : ' ';
    fold += space + keys.folded[last];
    stem = keys.stemmed === null ? fold : stem + space + keys.stemmed[last];
    const hasFold = taxonomy.prefixes.has(fold);
    const hasStem = keys.stemmed !== null && taxonomy.prefixes.has(stem);
    if (!hasFold && !hasStem) break;
    const exact = hasFold ? taxonomy.exact.get(fold) : undefined;
    const target = accepts(exact, tokens, first)
      ? exact
      : hasStem && keys.stemmed !== null
        ? taxonomy.stemmed.get(stem)
        : undefined;
    if (target !== undefined && accepts(target, tokens, first)) {
      best = { entry: target.entry, first, last: last + 1, isAmbiguous: target.forms !== null };
    }
  }
  return best;
}

export function findTerms(text: string, options: FindTermsOptions = {}): TermMention[] {
  const taxonomy = getTaxonomy();
  const tokens = tokenize(text);
  const folded = tokens.map((token) => foldToken(token.raw));
  const isEnglish = (options.language ?? 'en').toLowerCase().startsWith('en');
  const stemmed = isEnglish ? tokens.map((token) => stemToken(token.raw)) : null;
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length;) {
    const found = longestAt(taxonomy, text, tokens, { folded, stemmed }, i);
    if (found === null) {
      i++;
      continue;
    }
    candidates.push(found);
    i = found.last;
  }
  const hasAmbiguous = candidates.some((candidate) => candidate.isAmbiguous);
  const sentence = hasAmbiguous ? sentencesOf(text, tokens) : [];
  const confirmed = hasAmbiguous
    ? confirmAmbiguous(candidates, taxonomy.entries, { folded, sentence })
    : candidates;
  return confirmed.map((candidate) => {
    const entry = taxonomy.entries[candidate.entry];
    const start = tokens[candidate.first]?.start ?? 0;
    const end = tokens[candidate.last - 1]?.end ?? start;
    return {
      term: entry?.term ?? '',
      kind: entry?.kind ?? 'hard',
      surface: text.slice(start, end),
      start,
      end,
    };
  });
}
