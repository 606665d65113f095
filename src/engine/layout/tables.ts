/**
 * PDF tables: three or more consecutive rows whose cells start at the same x positions (left
 * aligned grid, 2+ cells per row). Right-aligned dates beside a title do not qualify: their left
 * edges wander with the text width. Rows where only a later cell continues (wrapped cell text)
 * stay in the table as continuation lines of that cell.
 */
import type { Fragment } from './lines.js';

export interface TableCell {
  index: number;
  row: number;
  cell: number;
}

const ALIGN = 3;
const MIN_ROWS = 3;

function cellIndex(starts: number[], fragment: Fragment): number {
  return starts.findIndex((x) => Math.abs(x - fragment.box.x) <= ALIGN);
}

function fitsGrid(starts: number[], row: Fragment[]): boolean {
  const cells = row.map((f) => cellIndex(starts, f));
  if (cells.some((c) => c < 0)) return false;
  return cells.every((c, i) => i === 0 || c > cells[i - 1]!);
}

/**
 * @param rows fragments of one column, row by row in y order, each row sorted by x.
 * @returns the table cell of each fragment that belongs to a grid.
 */
export function detectTables(
  rows: Fragment[][],
  firstTableIndex: number,
): Map<Fragment, TableCell> {
  const cells = new Map<Fragment, TableCell>();
  let tableIndex = firstTableIndex;
  let i = 0;
  while (i < rows.length) {
    const head = rows[i]!;
    if (head.length < 2) {
      i++;
      continue;
    }
    const starts = head.map((f) => f.box.x);
    const members: Fragment[][] = [head];
    let multiCellRows = 1;
    let j = i + 1;
    for (; j < rows.length; j++) {
      const row = rows[j]!;
      const previous = members[members.length - 1]!;
      const gap = row[0]!.box.y - Math.max(...previous.map((f) => f.box.y + f.box.height));
      if (gap > 2.5 * row[0]!.fontSize || !fitsGrid(starts, row)) break;
      // A lone fragment in the first column is a new paragraph, not a wrapped cell.
      if (row.length === 1 && cellIndex(starts, row[0]!) === 0) break;
      if (row.length >= 2) multiCellRows++;
      members.push(row);
    }
    if (multiCellRows < MIN_ROWS) {
      i++;
      continue;
    }
    let rowNumber = -1;
    for (const row of members) {
      if (row.length >= 2 || cellIndex(starts, row[0]!) === 0) rowNumber++;
      for (const fragment of row) {
        cells.set(fragment, {
          index: tableIndex,
          row: Math.max(0, rowNumber),
          cell: cellIndex(starts, fragment),
        });
      }
    }
    tableIndex++;
    i = j;
  }
  return cells;
}
