/**
 * The one certain parseability blocker: there is (almost) no text for an ATS to read. Scans,
 * resumes exported as a picture, and outlined text all end here. Below MIN_READABLE_WORDS no
 * clean resume exists, so the cap never hits a readable file.
 */
import type { BlockerCheck, CheckContext } from '../types.js';
import { diagnosticPages, findDiagnostic } from './support/diagnostics.js';
import { pagesEvidence } from './support/evidence.js';

/** A real resume has well over 100 words; under 40 there is at most a name and a heading. */
export const MIN_READABLE_WORDS = 40;
/** A page half covered by pictures carries its content in them. */
export const IMAGE_PAGE_COVERAGE = 0.5;

function imagePages(context: CheckContext): number[] {
  return context.extracted.pages
    .filter((page) => page.imageCoverage >= IMAGE_PAGE_COVERAGE)
    .map((page) => page.number);
}

export const noTextLayer: BlockerCheck = {
  id: 'parseability.no-text-layer',
  category: 'parseability',
  severity: 'blocker',
  cap: 10,
  appliesTo: { needsText: false },
  codes: ['parseability.no-text-layer', 'parseability.text-only-in-images'],
  run(context) {
    const { words, extracted } = context;
    if (words >= MIN_READABLE_WORDS || extracted.pagesAnalyzed === 0) return [];
    const textless = diagnosticPages(findDiagnostic(context, 'pdf.no-text-layer'));
    const allPages = extracted.pages.map((page) => page.number);
    const params = { words, pagesAnalyzed: extracted.pagesAnalyzed };
    if (words === 0 || (textless.length > 0 && textless.length === allPages.length)) {
      const pages = textless.length > 0 ? textless : allPages;
      return [
        {
          code: 'parseability.no-text-layer',
          params: { ...params, pages: pages.join(', '), pageCount: pages.length },
          evidence: pagesEvidence(context, pages.length > 0 ? pages : [1]),
        },
      ];
    }
    // A few words of real text (often just the name) on pages that are otherwise pictures.
    const pictured = [...new Set([...textless, ...imagePages(context)])].sort((a, b) => a - b);
    if (pictured.length === 0) return [];
    return [
      {
        code: 'parseability.text-only-in-images',
        params: { ...params, pages: pictured.join(', '), pageCount: pictured.length },
        evidence: pagesEvidence(context, pictured),
      },
    ];
  },
};
