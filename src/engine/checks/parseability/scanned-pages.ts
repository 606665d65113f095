/**
 * Some pages are pictures (scanned or exported as images) while others have text: the ATS reads
 * only the text pages. When nothing is readable at all, the no-text-layer blocker speaks instead.
 */
import type { WarningCheck } from '../types.js';
import { MIN_READABLE_WORDS } from './no-text-layer.js';
import { diagnosticPages, findDiagnostic } from './support/diagnostics.js';
import { pagesEvidence } from './support/evidence.js';

export const scannedPages: WarningCheck = {
  id: 'parseability.scanned-pages',
  category: 'parseability',
  severity: 'warning',
  weight: 25,
  appliesTo: { formats: ['pdf'], needsText: false },
  codes: ['parseability.scanned-pages'],
  run(context) {
    if (context.words < MIN_READABLE_WORDS) return [];
    const pages = diagnosticPages(findDiagnostic(context, 'pdf.no-text-layer'));
    if (pages.length === 0) return [];
    return [
      {
        code: 'parseability.scanned-pages',
        params: {
          pages: pages.join(', '),
          pageCount: pages.length,
          pagesAnalyzed: context.extracted.pagesAnalyzed,
        },
        evidence: pagesEvidence(context, pages),
      },
    ];
  },
};
