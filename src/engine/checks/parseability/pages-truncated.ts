/**
 * The file has more pages than we analyse (the page limit). A resume that long is almost always
 * a merged file (resume plus certificates or portfolio); ATS cut such files short too.
 */
import type { WarningCheck } from '../types.js';
import { findDiagnostic } from './support/diagnostics.js';

export const pagesTruncated: WarningCheck = {
  id: 'parseability.pages-truncated',
  category: 'parseability',
  severity: 'warning',
  weight: 10,
  appliesTo: { needsText: false },
  codes: ['parseability.pages-truncated'],
  run(context) {
    const diagnostic = findDiagnostic(context, 'doc.pages-truncated');
    const { pageCount, pagesAnalyzed } = context.extracted;
    if (!diagnostic && pageCount <= pagesAnalyzed) return [];
    const total = Number(diagnostic?.params?.total ?? pageCount);
    const analyzed = Number(diagnostic?.params?.analyzed ?? pagesAnalyzed);
    return [
      {
        code: 'parseability.pages-truncated',
        params: { total, analyzed },
        evidence: [{ page: analyzed, snippet: `${analyzed} of ${total} pages analysed` }],
      },
    ];
  },
};
