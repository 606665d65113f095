/**
 * Two or more text columns (or a sidebar) on a page. Many ATS read straight across the page, so
 * lines of the two columns interleave and entries fall apart. The layout engine decides where the
 * columns are (layout.columnsByPage, sidebar flows); this check only requires the extra column to
 * hold real content, so a stray date or page number beside the text does not count.
 */
import type { Evidence } from '../../model/finding.js';
import type { Line } from '../../model/layout.js';
import type { WarningCheck } from '../types.js';
import { lineEvidence } from '../parseability/support/evidence.js';

/** An extra column with fewer lines than this is a label or two, not a column of text. */
const MIN_COLUMN_LINES = 4;

function rangesText(ranges: Array<{ x0: number; x1: number }>): string {
  return ranges.map((r) => `${Math.round(r.x0)}–${Math.round(r.x1)} pt`).join(' | ');
}

export const multipleColumns: WarningCheck = {
  id: 'layout.multiple-columns',
  category: 'layout',
  severity: 'warning',
  weight: 15,
  appliesTo: {},
  codes: ['layout.multiple-columns'],
  run(context) {
    const { layout } = context;
    const byPage = new Map(layout.columnsByPage.map((info) => [info.page, info]));
    const extra = new Map<number, Line[]>();
    for (const line of layout.lines) {
      if (line.zone !== 'body' || (line.column === 0 && line.flow === 'main')) continue;
      const info = byPage.get(line.page);
      // Pages the engine measured must have 2+ columns; markup and flow sources have no ranges.
      if (info && info.count < 2) continue;
      extra.set(line.page, [...(extra.get(line.page) ?? []), line]);
    }
    const pages = [...extra]
      .filter(([, lines]) => lines.length >= MIN_COLUMN_LINES)
      .sort(([a], [b]) => a - b);
    if (pages.length === 0) return [];
    const evidence: Evidence[] = pages.slice(0, 5).map(([page, lines]) => {
      const ranges = byPage.get(page)?.ranges ?? [];
      const snippet =
        ranges.length > 0 ? `columns at ${rangesText(ranges)}: ${lines[0]!.text}` : lines[0]!.text;
      return lineEvidence(lines[0]!, snippet);
    });
    const counts = pages.map(([page]) => byPage.get(page)?.count ?? 2);
    const hasSidebar = pages.some(([, lines]) => lines.some((l) => l.flow === 'sidebar'));
    return [
      {
        code: 'layout.multiple-columns',
        params: {
          pages: pages.map(([page]) => page).join(', '),
          pageCount: pages.length,
          columns: Math.max(...counts),
          sidebar: hasSidebar,
          ranges: pages.map(([page]) => `p${page}: ${rangesText(byPage.get(page)?.ranges ?? [])}`),
        },
        evidence,
      },
    ];
  },
};
