/** Lookup keys for labels: the taxonomy build and loader and the term finder must agree on them. */
import { foldToken, stemToken } from './stem.js';
import { tokenize } from './tokenize.js';

export interface LabelKeys {
  /** Folded tokens joined by one space ("node.js developers" → "nodejs developer"). */
  fold: string;
  /** Stemmed tokens joined by one space, for verb-phrase variants. */
  stem: string;
  tokens: number;
}

export function keysOf(label: string): LabelKeys {
  const raws = tokenize(label).map((token) => token.raw);
  return {
    fold: raws.map(foldToken).join(' '),
    stem: raws.map(stemToken).join(' '),
    tokens: raws.length,
  };
}
