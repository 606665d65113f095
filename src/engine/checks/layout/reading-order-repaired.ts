/**
 * We had to move lines to get a sensible reading order (columns separated, a sidebar read on its
 * own). Our parse is fine, but an ATS without that repair reads the page in a different order. A
 * tip: the score impact lives in layout.multiple-columns.
 */
import type { TipCheck } from '../types.js';
import { lineEvidence, pageEvidence } from '../parseability/support/evidence.js';

/** Moving a couple of lines (a date beside a title) is routine, not a repair worth mentioning. */
const MIN_LINES_MOVED = 3;

export const readingOrderRepaired: TipCheck = {
  id: 'layout.reading-order-repaired',
  category: 'layout',
  severity: 'tip',
  appliesTo: {},
  codes: ['layout.reading-order-repaired'],
  run(context) {
    const repairs = context.layout.repairs.filter((r) => r.linesMoved >= MIN_LINES_MOVED);
    if (repairs.length === 0) return [];
    const evidence = repairs.slice(0, 5).map((repair) => {
      const line = context.layout.lines.find(
        (l) =>
          l.page === repair.page && l.zone === 'body' && (l.flow === 'sidebar' || l.column > 0),
      );
      return line ? lineEvidence(line) : pageEvidence(context, repair.page);
    });
    return [
      {
        code: 'layout.reading-order-repaired',
        params: {
          pages: [...new Set(repairs.map((r) => r.page))].join(', '),
          linesMoved: repairs.reduce((sum, r) => sum + r.linesMoved, 0),
          kinds: [...new Set(repairs.map((r) => r.kind))],
        },
        evidence,
      },
    ];
  },
};
