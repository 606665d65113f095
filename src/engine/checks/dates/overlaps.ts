/**
 * Pairs of positions held at the same time, counted only when the overlap is certain and longer
 * than a month (a handover month, "Jan 2020 – Mar 2020" then "Mar 2020 –", is no overlap).
 * Positions at the same organisation are left out: a promotion or a second title there is not
 * two jobs.
 */
import type { CheckContext } from '../types.js';
import { datedEntries, type DatedEntry } from './dated-entries.js';
import { endBounds, presentIndex } from './timeline.js';

export interface Overlap {
  first: DatedEntry;
  second: DatedEntry;
  months: number;
}

const MIN_OVERLAP_MONTHS = 2;

export function findOverlaps(context: CheckContext): Overlap[] {
  const present = presentIndex(context.resume, context.now);
  const positions = datedEntries(context)
    .filter((e) => e.kind === 'experience' && e.span.start)
    .map((entry) => {
      const end = endBounds(entry.span, present);
      // The shortest reading: the latest possible start and the earliest possible end.
      return { entry, from: entry.span.start?.latest ?? 0, to: (end?.earliest ?? 0) + 1 };
    });
  const overlaps: Overlap[] = [];
  for (let i = 0; i < positions.length; i += 1) {
    for (let j = i + 1; j < positions.length; j += 1) {
      const a = positions[i];
      const b = positions[j];
      if (!a || !b || isSameOrganization(context, a.entry, b.entry)) continue;
      const months = Math.min(a.to, b.to) - Math.max(a.from, b.from);
      if (months >= MIN_OVERLAP_MONTHS) overlaps.push({ first: a.entry, second: b.entry, months });
    }
  }
  return overlaps;
}

function isSameOrganization(context: CheckContext, a: DatedEntry, b: DatedEntry): boolean {
  const orgA = context.resume.experience[a.index]?.organization?.toLowerCase().trim();
  const orgB = context.resume.experience[b.index]?.organization?.toLowerCase().trim();
  return Boolean(orgA && orgA === orgB);
}
