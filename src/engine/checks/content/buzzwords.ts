/**
 * Clichés ("team player", "results-driven") claim a trait without evidence; recruiters skim past
 * them and they take space a concrete result could use.
 */
import type { Evidence } from '../../model/finding.js';
import type { Check } from '../types.js';
import { BUZZWORDS } from './data/buzzwords.js';
import { lineEvidence, MAX_EVIDENCE } from './support/bullets.js';
import { documentText, lineAtOffset } from './support/document-text.js';

// One pass per line: a single alternation whose groups map back to the phrase shown.
const BUZZWORD_RE = new RegExp(
  `\\b(?:${BUZZWORDS.map(([source]) => `(${source})`).join('|')})\\b`,
  'gi',
);

/** The buzzword phrases in a text, as shown to the user, in order of appearance. */
export function findBuzzwords(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(BUZZWORD_RE)) {
    const entry = BUZZWORDS[match.slice(1).findIndex((value) => value !== undefined)];
    if (entry) found.push(entry[1]);
  }
  return found;
}

export const buzzwords: Check = {
  id: 'content.buzzwords',
  category: 'content',
  severity: 'warning',
  weight: 4,
  appliesTo: { languages: ['en'] },
  codes: ['content.buzzwords'],
  run(context) {
    const doc = documentText(context.layout.lines);
    const phrases = new Set<string>();
    const evidence: Evidence[] = [];
    let count = 0;
    let lastLine = -1;
    for (const match of doc.text.matchAll(BUZZWORD_RE)) {
      const entry = BUZZWORDS[match.slice(1).findIndex((value) => value !== undefined)];
      if (!entry) continue;
      count++;
      phrases.add(entry[1]);
      const line = lineAtOffset(doc, match.index);
      if (line && line.index !== lastLine && evidence.length < MAX_EVIDENCE) {
        evidence.push(lineEvidence(line));
        lastLine = line.index;
      }
    }
    if (phrases.size === 0) return [];
    return [{ code: 'content.buzzwords', params: { count, phrases: [...phrases] }, evidence }];
  },
};
