/**
 * Positions whose end is missing: a range left open ("Jan 2020 –") with no "Present", or no
 * dates at all while the other positions have them. An ATS then cannot tell whether the job is
 * current, and counts its length as zero.
 */
import type { Check, FindingDraft } from '../types.js';
import { datedEntries, type DatedEntry } from './dated-entries.js';
import { entryEvidence } from './evidence.js';
import { DATE_LANGUAGES } from './languages.js';

/** A dash after the date with nothing, or only a field separator, following it. */
const DANGLING_RE = /^\s*(?:[-–—~]+|to|bis|à|a|até|по|до)\s*(?:$|[|｜•·,])/iu;

export const missingEndDate: Check = {
  id: 'dates.missing-end-date',
  category: 'dates',
  severity: 'warning',
  weight: 5,
  appliesTo: { languages: DATE_LANGUAGES },
  codes: ['dates.no-end-date', 'dates.entry-without-dates'],
  run(context) {
    const positions = datedEntries(context).filter((e) => e.kind === 'experience');
    const isDated = (e: DatedEntry): boolean =>
      Boolean(e.span.start ?? e.span.end) || e.span.current;
    const someDated = positions.some(isDated);
    const findings: FindingDraft[] = [];
    for (const entry of positions) {
      const params = { entry: entry.label, dates: entry.dates };
      // A dangling "Jan 2020 –" may leave the parser with no date at all: check it first.
      if (isOpen(entry)) {
        findings.push({ code: 'dates.no-end-date', params, evidence: entryEvidence(entry) });
      } else if (!isDated(entry) && someDated) {
        // With no position dated at all, `dates.no-dates` reports once instead.
        findings.push({
          code: 'dates.entry-without-dates',
          params,
          evidence: entryEvidence(entry),
        });
      }
    }
    return findings;
  },
};

function isOpen(entry: DatedEntry): boolean {
  if (entry.span.current) return false;
  if (entry.span.start && !entry.span.end) return true;
  const { date, dateLine } = entry;
  if (entry.span.end && !date?.single) return false;
  return Boolean(date?.single && dateLine && DANGLING_RE.test(dateLine.text.slice(date.end)));
}
