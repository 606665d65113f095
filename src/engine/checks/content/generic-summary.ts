/**
 * A summary made of self-descriptions ("motivated, passionate professional seeking a challenging
 * role") could open anyone's resume. We call it generic when it has no specifics at all (no
 * number, no named tool, field or organisation) and leans on stock phrases.
 */
import type { Check } from '../types.js';
import { findBuzzwords } from './buzzwords.js';
import { GENERIC_SUMMARY_RE } from './data/generic-phrases.js';
import { isQuantified } from './quantified-results.js';
import { summaryEvidence } from './support/bullets.js';

const MIN_WORDS = 8;
const MIN_STOCK_PHRASES = 2;
// A capitalised word (two letters or more, so "I" is not one) that does not open a sentence: a
// tool, employer, field or place ("Python").
const NAMED_TERM_RE = /[^.!?:;\s]\s+(?:\p{Lu}[\p{L}\d+#.]+|[A-Z]{2,})/u;

export function isGenericSummary(summary: string): boolean {
  if (summary.split(/\s+/).length < MIN_WORDS) return false;
  if (isQuantified(summary) || NAMED_TERM_RE.test(summary)) return false;
  const stock = (summary.match(GENERIC_SUMMARY_RE)?.length ?? 0) + findBuzzwords(summary).length;
  return stock >= MIN_STOCK_PHRASES;
}

export const genericSummary: Check = {
  id: 'content.generic-summary',
  category: 'content',
  severity: 'warning',
  weight: 4,
  appliesTo: { languages: ['en'] },
  codes: ['content.generic-summary'],
  run(context) {
    const { summary } = context.resume;
    if (!summary || !isGenericSummary(summary)) return [];
    return [
      {
        code: 'content.generic-summary',
        params: { phrases: [...new Set(summary.match(GENERIC_SUMMARY_RE) ?? [])].slice(0, 5) },
        evidence: [summaryEvidence(context, summary)],
      },
    ];
  },
};
