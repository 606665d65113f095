/**
 * Projects, certifications, publications, awards and volunteering as generic entries. Short
 * header lines followed by bullets or prose are entries with details; a plain list (every line a
 * bullet, or no bullets at all) is one entry per item.
 */
import type { Line } from '../model/layout.js';
import type { GenericEntry } from '../model/resume.js';
import { formatDate } from './dates.js';
import { toEntryLines, type EntryLine } from './entry-groups.js';

export function parseGenericEntries(lines: readonly Line[]): GenericEntry[] {
  const entryLines = toEntryLines(lines);
  const hasHeaders = entryLines.some((l) => l.isHeader && !l.bullet);
  const hasBody = entryLines.some((l) => l.bullet || !l.isHeader);
  if (!hasHeaders || !hasBody) return entryLines.map((l) => toEntry(l, []));
  const entries: GenericEntry[] = [];
  let current: { head: EntryLine; details: EntryLine[]; inBody: boolean } | null = null;
  for (const el of entryLines) {
    const startsEntry = el.isHeader && !el.bullet && (!current || current.inBody);
    if (startsEntry || !current) {
      if (current) entries.push(toEntry(current.head, current.details));
      current = { head: el, details: [], inBody: !(el.isHeader && !el.bullet) };
      continue;
    }
    current.details.push(el);
    if (el.bullet || !el.isHeader) current.inBody = true;
  }
  if (current) entries.push(toEntry(current.head, current.details));
  return entries;
}

function toEntry(head: EntryLine, details: EntryLine[]): GenericEntry {
  const range = head.date?.range ?? details.find((d) => d.date)?.date?.range;
  const date = range ? formatDate(range.end ?? range.start) : null;
  return {
    title: head.date ? head.rest || head.text : head.text,
    date: range?.current ? formatDate(range.start) : date,
    details: details.map((d) => d.text),
    source: {
      page: head.line.page,
      lines: [head.line.index, (details[details.length - 1] ?? head).line.index],
    },
  };
}
