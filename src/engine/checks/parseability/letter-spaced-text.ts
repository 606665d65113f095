/**
 * Letter-spaced text ("E X P E R I E N C E"): an ATS reads single letters, so the heading or name
 * is not recognised. PDFs report it from geometry (the layout repairs it for our own parse);
 * flow formats carry it as typed spaces in the text.
 */
import type { Evidence } from '../../model/finding.js';
import type { Line } from '../../model/layout.js';
import type { CheckContext, WarningCheck } from '../types.js';
import { findDiagnostic } from './support/diagnostics.js';
import { lineEvidence, pagesEvidence } from './support/evidence.js';

/** Four or more single letters separated by spaces; "I a m" stays three words. */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?: \p{L}){3,}(?![\p{L}\p{N}])/u;

function squeeze(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** PDF lines the layout already collapsed: find them by their letters inside the sample. */
function pdfLines(context: CheckContext, pages: Set<number>, sample: string): Line[] {
  const letters = squeeze(sample);
  return context.layout.lines.filter((line) => {
    const text = squeeze(line.text);
    return pages.has(line.page) && text.length >= 4 && letters.includes(text);
  });
}

export const letterSpacedText: WarningCheck = {
  id: 'parseability.letter-spaced-text',
  category: 'parseability',
  severity: 'warning',
  weight: 5,
  appliesTo: {},
  codes: ['parseability.letter-spaced-text'],
  run(context) {
    let lines: Line[];
    let count: number;
    let evidence: Evidence[];
    if (context.extracted.format === 'pdf') {
      const diagnostic = findDiagnostic(context, 'pdf.letter-spaced-text');
      if (!diagnostic) return [];
      const pages = new Set(diagnostic.pages ?? []);
      lines = pdfLines(context, pages, diagnostic.sample ?? '');
      count = diagnostic.count ?? lines.length;
      evidence =
        lines.length > 0
          ? lines.slice(0, 5).map((l) => lineEvidence(l))
          : pagesEvidence(context, [...pages]);
    } else {
      lines = context.layout.lines.filter((line) => SPACED_LETTERS.test(line.text));
      if (lines.length === 0) return [];
      count = lines.length;
      evidence = lines.slice(0, 5).map((l) => lineEvidence(l));
    }
    const examples = lines.slice(0, 3).map((l) => l.text);
    return [
      {
        code: 'parseability.letter-spaced-text',
        params: { count, examples },
        evidence,
      },
    ];
  },
};
