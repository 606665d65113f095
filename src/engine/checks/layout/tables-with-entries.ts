/**
 * Experience or education entries inside a table. Word tables are read cell by cell or flattened
 * by many ATS, so titles, employers and dates end up detached. In a PDF a "table" is only aligned
 * text; it hurts when two cells of one row both wrap, because reading across the page then
 * interleaves their lines, so PDFs fire only in that case.
 */
import type { Line } from '../../model/layout.js';
import type { SectionKind } from '../../model/resume.js';
import type { CheckContext, WarningCheck } from '../types.js';
import { lineEvidence } from '../parseability/support/evidence.js';

const ENTRY_SECTIONS: ReadonlySet<SectionKind> = new Set(['experience', 'education', 'projects']);
/** One table line in an entry section may be a stray grid; two are a pattern. */
const MIN_TABLE_LINES = 2;

function entryLines(context: CheckContext): Line[] {
  const { lines } = context.layout;
  const result: Line[] = [];
  for (const section of context.resume.sections) {
    if (!ENTRY_SECTIONS.has(section.kind)) continue;
    const [first, last] = section.lines;
    for (let i = Math.max(0, first); i <= last && i < lines.length; i++) {
      if (lines[i]!.table) result.push(lines[i]!);
    }
  }
  return result;
}

/** Lines of table rows in which at least two cells wrap onto several lines. */
function interleavingLines(lines: Line[]): Line[] {
  const rows = new Map<string, Line[]>();
  for (const line of lines) {
    const key = `${line.table!.index}:${line.table!.row}`;
    rows.set(key, [...(rows.get(key) ?? []), line]);
  }
  const result: Line[] = [];
  for (const row of rows.values()) {
    const perCell = new Map<number, number>();
    for (const line of row) perCell.set(line.table!.cell, (perCell.get(line.table!.cell) ?? 0) + 1);
    if ([...perCell.values()].filter((n) => n >= 2).length >= 2) result.push(...row);
  }
  return result;
}

export const tablesWithEntries: WarningCheck = {
  id: 'layout.tables-with-entries',
  category: 'layout',
  severity: 'warning',
  weight: 10,
  appliesTo: {},
  codes: ['layout.tables-with-entries'],
  run(context) {
    const inTables = entryLines(context);
    const lines = context.extracted.format === 'pdf' ? interleavingLines(inTables) : inTables;
    if (lines.length < MIN_TABLE_LINES) return [];
    const sections = context.resume.sections
      .filter((s) => ENTRY_SECTIONS.has(s.kind))
      .filter((s) => lines.some((l) => l.index >= s.lines[0] && l.index <= s.lines[1]));
    return [
      {
        code: 'layout.tables-with-entries',
        params: {
          count: lines.length,
          tables: new Set(lines.map((l) => l.table!.index)).size,
          sections: [...new Set(sections.map((s) => s.heading || s.kind))],
        },
        evidence: lines.slice(0, 5).map((line) => lineEvidence(line)),
      },
    ];
  },
};
