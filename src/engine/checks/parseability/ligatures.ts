/**
 * Ligature glyphs (ﬁ, ﬂ, ﬀ) in the text layer. We turn them back into letters, but an ATS that
 * does not will see "ﬁnance" or "nance" and miss the keyword. Most modern parsers normalise
 * them, hence a tip.
 */
import type { TipCheck } from '../types.js';
import { diagnosticPages, findDiagnostic } from './support/diagnostics.js';
import { pagesEvidence } from './support/evidence.js';

export const ligatures: TipCheck = {
  id: 'parseability.ligatures',
  category: 'parseability',
  severity: 'tip',
  appliesTo: { formats: ['pdf'] },
  codes: ['parseability.ligatures'],
  run(context) {
    const diagnostic = findDiagnostic(context, 'pdf.ligatures');
    if (!diagnostic) return [];
    const pages = diagnosticPages(diagnostic);
    const evidence = pagesEvidence(context, pages).map((item) => ({
      ...item,
      ...(diagnostic.sample ? { snippet: diagnostic.sample } : {}),
    }));
    return [
      {
        code: 'parseability.ligatures',
        params: { count: diagnostic.count ?? 1, pages: pages.join(', ') },
        evidence,
      },
    ];
  },
};
