/**
 * A page mostly covered by pictures that carries little text: its content is probably inside the
 * images (a designed header, a skills chart, a pasted screenshot). Full-page background images
 * under normal text do not count, because those pages still have plenty of words.
 */
import type { WarningCheck } from '../types.js';
import { IMAGE_PAGE_COVERAGE, MIN_READABLE_WORDS } from './no-text-layer.js';
import { diagnosticPages, findDiagnostic } from './support/diagnostics.js';
import { pagesEvidence, wordsByPage } from './support/evidence.js';

/** A resume page normally holds 150+ words; fewer than this under a large image is suspicious. */
const FEW_WORDS_ON_PAGE = 60;

export const textInImages: WarningCheck = {
  id: 'parseability.text-in-images',
  category: 'parseability',
  severity: 'warning',
  weight: 15,
  appliesTo: { formats: ['pdf'], needsText: false },
  codes: ['parseability.text-in-images'],
  run(context) {
    // Fully textless pages belong to scanned-pages / no-text-layer.
    if (context.words < MIN_READABLE_WORDS) return [];
    const textless = new Set(diagnosticPages(findDiagnostic(context, 'pdf.no-text-layer')));
    const words = wordsByPage(context.layout.lines);
    const pages = context.extracted.pages.filter(
      (page) =>
        page.imageCoverage >= IMAGE_PAGE_COVERAGE &&
        !textless.has(page.number) &&
        (words.get(page.number) ?? 0) < FEW_WORDS_ON_PAGE,
    );
    if (pages.length === 0) return [];
    return [
      {
        code: 'parseability.text-in-images',
        params: {
          pages: pages.map((p) => p.number).join(', '),
          pageCount: pages.length,
          coverage: Math.round(Math.max(...pages.map((p) => p.imageCoverage)) * 100),
        },
        evidence: pagesEvidence(
          context,
          pages.map((p) => p.number),
        ),
      },
    ];
  },
};
