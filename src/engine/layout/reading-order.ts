/**
 * Reading order of one page's body: full-width rows stay in place and split the page into
 * regions; inside a region each column is read top to bottom, main columns first (left to right),
 * then narrow sidebars, which become their own flow.
 */
import type { ColumnLayout } from './columns.js';
import type { Fragment } from './lines.js';
import { detectTables, type TableCell } from './tables.js';

export interface LineGroup {
  fragments: Fragment[];
  column: number;
  flow: 'main' | 'sidebar';
  table?: TableCell;
}

/**
 * A column under this share of the widest column's width is a sidebar (AltaCV's is about 0.7,
 * Deedy's 0.45); near-equal columns are both main text, read left to right.
 */
const SIDEBAR_WIDTH_RATIO = 0.75;

function columnRoles(layout: ColumnLayout): Array<'main' | 'sidebar'> {
  const widths = layout.ranges.map((r) => r.x1 - r.x0);
  const widest = Math.max(...widths);
  return widths.map((w) => (w < SIDEBAR_WIDTH_RATIO * widest ? 'sidebar' : 'main'));
}

function byRow(fragments: Fragment[]): Fragment[][] {
  const rows = new Map<number, Fragment[]>();
  for (const fragment of fragments) {
    const row = rows.get(fragment.row) ?? [];
    row.push(fragment);
    rows.set(fragment.row, row);
  }
  return [...rows.values()]
    .map((row) => row.sort((a, b) => a.box.x - b.box.x))
    .sort((a, b) => a[0]!.baseline - b[0]!.baseline);
}

function readColumn(
  rows: Fragment[][],
  column: number,
  flow: 'main' | 'sidebar',
  tables: { next: number },
): LineGroup[] {
  const cells = detectTables(rows, tables.next);
  const groups: LineGroup[] = [];
  for (const row of rows) {
    const inTable = row.filter((f) => cells.has(f));
    for (const fragment of inTable) {
      groups.push({ fragments: [fragment], column, flow, table: cells.get(fragment) });
      tables.next = Math.max(tables.next, cells.get(fragment)!.index + 1);
    }
    const rest = row.filter((f) => !cells.has(f));
    if (rest.length > 0) groups.push({ fragments: rest, column, flow });
  }
  return groups;
}

export function orderBody(
  fragments: Fragment[],
  layout: ColumnLayout,
  tables: { next: number },
): LineGroup[] {
  const rows = byRow(fragments);
  if (layout.ranges.length <= 1) return readColumn(rows, 0, 'main', tables);
  const roles = columnRoles(layout);
  const order = layout.ranges
    .map((_, i) => i)
    .sort((a, b) => (roles[a] === roles[b] ? a - b : roles[a] === 'main' ? -1 : 1));
  const groups: LineGroup[] = [];
  let region: Fragment[][] = [];
  const flushRegion = () => {
    for (const column of order) {
      const columnRows = region
        .map((row) => row.filter((f) => layout.columnOf.get(f) === column))
        .filter((row) => row.length > 0);
      groups.push(...readColumn(columnRows, column, roles[column]!, tables));
    }
    region = [];
  };
  for (const row of rows) {
    if (row.some((f) => (layout.columnOf.get(f) ?? -1) < 0)) {
      flushRegion();
      groups.push({ fragments: row, column: 0, flow: 'main' });
    } else region.push(row);
  }
  flushRegion();
  return groups;
}
