/**
 * Keyword stuffing: the same skill terms repeated far beyond what the content needs, or skill
 * terms in hidden text. Modern ATS rank by relevance, not raw counts, and recruiters read
 * stuffed lists as gaming the system.
 */
import type { FindingDraft, WarningCheck } from '../types.js';
import { lineEvidence, snippetOf } from '../parseability/support/evidence.js';
import { findHiddenSpans } from './support/hidden-spans.js';
import { countMatches, termPattern, toSearchable } from './support/term-matches.js';

/** Counts a real two-page resume reaches for its main skill stay well below these. */
const MIN_REPEATS = 10;
const MIN_DENSITY = 0.025;
/** "Java, Java, Java" in one line is stuffing at any document length. */
const MIN_REPEATS_IN_LINE = 4;

export const keywordStuffing: WarningCheck = {
  id: 'layout.keyword-stuffing',
  category: 'layout',
  severity: 'warning',
  weight: 15,
  appliesTo: { minWords: 50 },
  codes: ['layout.keyword-stuffing', 'layout.hidden-keywords'],
  run(context) {
    const findings: FindingDraft[] = [];
    const terms = [...new Set(context.resume.skills.map((s) => s.trim().toLowerCase()))].filter(
      // Placeholders ("xxx") are template filler, not keywords.
      (term) => term.length >= 2 && term.length <= 40 && new Set(term.match(/\p{L}/gu)).size >= 2,
    );
    const { lines } = context.layout;
    const doc = toSearchable(lines);
    const stuffed: Array<{ term: string; count: number }> = [];
    const stuffedLines = new Set<number>();
    for (const term of terms) {
      const { total: count, perLine } = countMatches(term, doc);
      if (count >= MIN_REPEATS && count / context.words >= MIN_DENSITY)
        stuffed.push({ term, count });
      for (const [index, lineCount] of perLine) {
        if (lineCount >= MIN_REPEATS_IN_LINE) {
          stuffedLines.add(lines[index]!.index);
          if (!stuffed.some((s) => s.term === term)) stuffed.push({ term, count });
        }
      }
    }
    if (stuffed.length > 0) {
      const evidenceLines = stuffedLines.size
        ? [...stuffedLines].map((i) => lines[i]!)
        : lines.filter((line) => stuffed.some((s) => termPattern(s.term).test(line.text)));
      findings.push({
        code: 'layout.keyword-stuffing',
        params: {
          terms: stuffed.map((s) => s.term),
          count: Math.max(...stuffed.map((s) => s.count)),
        },
        evidence: evidenceLines.slice(0, 3).map((line) => lineEvidence(line)),
      });
    }
    const hidden = findHiddenSpans(context);
    const hiddenText = hidden.map((h) => h.span.text).join(' ');
    const hiddenTerms =
      hidden.length > 0 ? terms.filter((term) => termPattern(term).test(hiddenText)) : [];
    if (hiddenTerms.length > 0) {
      findings.push({
        code: 'layout.hidden-keywords',
        params: { terms: hiddenTerms.slice(0, 10), count: hiddenTerms.length },
        evidence: hidden.slice(0, 3).map(({ span }) => ({
          page: span.page,
          box: span.box,
          snippet: snippetOf(span.text),
        })),
      });
    }
    return findings;
  },
};
