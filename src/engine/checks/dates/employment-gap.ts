/**
 * Gaps of more than six months between consecutive positions. Recruiters ask about them, and a
 * short line ("Career break: caring for family", "Sabbatical") answers before they ask. A gap
 * spent in education is no gap. Only a tip: gaps are common and often fine.
 */
import type { Check, FindingDraft } from '../types.js';
import { datedEntries, type DatedEntry } from './dated-entries.js';
import { entryEvidence } from './evidence.js';
import { endBounds, formatMonth, presentIndex } from './timeline.js';

const MIN_GAP_MONTHS = 7;

export const employmentGap: Check = {
  id: 'dates.employment-gap',
  category: 'dates',
  severity: 'tip',
  appliesTo: {},
  codes: ['dates.employment-gap'],
  run(context) {
    const present = presentIndex(context.resume, context.now);
    const entries = datedEntries(context);
    const positions = entries
      .filter((e) => e.kind === 'experience' && e.span.start)
      .sort((a, b) => (a.span.start?.earliest ?? 0) - (b.span.start?.earliest ?? 0));
    const studies = entries.filter((e) => e.kind === 'education');
    const findings: FindingDraft[] = [];
    let previous: DatedEntry | undefined;
    let lastEnd = -Infinity;
    for (const position of positions) {
      // The shortest reading of the gap: the latest end so far, the earliest next start.
      const start = position.span.start?.earliest ?? 0;
      const months = start - lastEnd - 1;
      if (
        previous &&
        months >= MIN_GAP_MONTHS &&
        !isStudying(studies, lastEnd + 1, start, present)
      ) {
        findings.push({
          code: 'dates.employment-gap',
          params: {
            months,
            after: previous.label,
            before: position.label,
            from: formatMonth(lastEnd + 1),
            to: formatMonth(start - 1),
          },
          evidence: [...entryEvidence(previous), ...entryEvidence(position)],
        });
      }
      const end = endBounds(position.span, present)?.latest ?? start;
      if (end >= lastEnd) {
        lastEnd = end;
        previous = position;
      }
    }
    return findings;
  },
};

/** A degree given only by its graduation date was studied for at least the year before it. */
const STUDY_BEFORE_GRADUATION = 12;

/** Education covering at least half of the gap explains it. */
function isStudying(studies: DatedEntry[], from: number, to: number, present: number): boolean {
  return studies.some((study) => {
    const end = endBounds(study.span, present)?.latest;
    const start =
      study.span.start?.earliest ?? (end === undefined ? undefined : end - STUDY_BEFORE_GRADUATION);
    if (start === undefined || end === undefined) return false;
    const covered = Math.min(end, to) - Math.max(start, from) + 1;
    return covered * 2 >= to - from + 1;
  });
}
