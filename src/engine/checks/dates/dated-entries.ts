/**
 * Experience and education entries with the lines their dates were printed on, found once per
 * resume and shared by the dates checks (a WeakMap keyed by the parsed resume).
 */
import type { LayoutDocument, Line } from '../../model/layout.js';
import type { Resume, SourceRef } from '../../model/resume.js';
import { findDates, type DateMatch } from '../../parse/dates.js';
import { lineAt } from '../line-evidence.js';
import type { CheckContext } from '../types.js';
import { spanOf, type Span } from './timeline.js';

export interface DatedEntry {
  kind: 'experience' | 'education';
  /** Position in `resume.experience` or `resume.education`. */
  index: number;
  /** "Title, Organisation" or "Degree, Institution", for messages. */
  label: string;
  span: Span;
  /** The dates as printed, or as parsed when the printed line is unknown ("2019-03 – present"). */
  dates: string;
  /** Index into `resume.sections` of the section the entry sits in (-1 when unknown). */
  section: number;
  /** Header lines: the entry's lines before its first bullet, at most four. */
  header: Line[];
  /** Every date the grammar reads in each header line, by line index (shared, read-only). */
  headerDates: ReadonlyMap<number, DateMatch[]>;
  /** The header line that carries the entry's dates, and the date the grammar read there. */
  dateLine?: Line;
  date?: DateMatch;
}

const MAX_HEADER_LINES = 4;
const cache = new WeakMap<Resume, DatedEntry[]>();

export function datedEntries(context: CheckContext): DatedEntry[] {
  const cached = cache.get(context.resume);
  if (cached) return cached;
  const { resume, layout } = context;
  const entries: DatedEntry[] = [
    ...resume.experience.map((e, index) =>
      build(layout, resume, 'experience', index, [e.title, e.organization], e),
    ),
    ...resume.education.map((e, index) =>
      build(layout, resume, 'education', index, [e.degree, e.institution], {
        ...e,
        current: false,
      }),
    ),
  ];
  cache.set(resume, entries);
  return entries;
}

function build(
  layout: LayoutDocument,
  resume: Resume,
  kind: DatedEntry['kind'],
  index: number,
  names: Array<string | null>,
  entry: { start: string | null; end: string | null; current: boolean; source?: SourceRef },
): DatedEntry {
  const header = entry.source ? headerLines(layout, entry.source) : [];
  const first = entry.source?.lines[0] ?? -1;
  const section = resume.sections.findIndex(
    (s) => s.kind === kind && first >= s.lines[0] && first <= s.lines[1],
  );
  // Every date form has a digit; most header lines (titles, employers) have none.
  const headerDates = new Map(
    header.map((line) => [line.index, /\d/.test(line.text) ? findDates(line.text) : []]),
  );
  const dated = findDateLine(header, headerDates);
  return {
    kind,
    index,
    label: names.filter((n): n is string => Boolean(n)).join(', ') || `${kind} entry ${index + 1}`,
    span: spanOf(entry),
    dates:
      dated.date?.range.raw ??
      `${entry.start ?? '?'} – ${entry.current ? 'present' : (entry.end ?? '?')}`,
    section,
    header,
    headerDates,
    ...dated,
  };
}

function headerLines(layout: LayoutDocument, source: SourceRef): Line[] {
  const lines: Line[] = [];
  for (let i = source.lines[0]; i <= source.lines[1] && lines.length < MAX_HEADER_LINES; i += 1) {
    const line = lineAt(layout, i);
    if (!line) continue;
    if ((line.bullet || line.listItem) && lines.length > 0) break;
    lines.push(line);
  }
  return lines;
}

/** A range beats a single date: a graduation year under a range is not the entry's span. */
function findDateLine(
  header: Line[],
  headerDates: ReadonlyMap<number, DateMatch[]>,
): { dateLine?: Line; date?: DateMatch } {
  let found: { dateLine: Line; date: DateMatch } | undefined;
  for (const line of header) {
    // The widest match of the line, as the parser's `findDateRange` picks it.
    for (const date of headerDates.get(line.index) ?? []) {
      if (!found || (found.date.single && !date.single)) found = { dateLine: line, date };
    }
  }
  return found ?? {};
}
