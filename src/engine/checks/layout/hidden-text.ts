/**
 * Text a reader cannot see (white on white, under 2 pt, outside the page) but an ATS reads. It is
 * the classic keyword-stuffing trick; recruiters who notice it reject the application, and some
 * ATS flag it. A few stray characters (an invisible anchor) do not count.
 */
import type { WarningCheck } from '../types.js';
import { snippetOf } from '../parseability/support/evidence.js';
import { findHiddenSpans } from './support/hidden-spans.js';

/** Fewer hidden letters than this are artefacts, not hidden content. */
const MIN_HIDDEN_LETTERS = 4;

export const hiddenText: WarningCheck = {
  id: 'layout.hidden-text',
  category: 'layout',
  severity: 'warning',
  weight: 15,
  appliesTo: { formats: ['pdf'] },
  codes: ['layout.hidden-text'],
  run(context) {
    const hidden = findHiddenSpans(context);
    const letters = hidden.reduce((n, h) => n + (h.span.text.match(/\p{L}/gu)?.length ?? 0), 0);
    if (letters < MIN_HIDDEN_LETTERS) return [];
    const reasons = [...new Set(hidden.map((h) => h.reason))];
    const pages = [...new Set(hidden.map((h) => h.span.page))].sort((a, b) => a - b);
    return [
      {
        code: 'layout.hidden-text',
        params: {
          reasons,
          pages: pages.join(', '),
          count: hidden.length,
          sample: snippetOf(hidden.map((h) => h.span.text).join(' ')),
        },
        evidence: hidden.slice(0, 5).map(({ span }) => ({
          page: span.page,
          box: span.box,
          snippet: snippetOf(span.text),
        })),
      },
    ];
  },
};
