/**
 * Dates after today. A position that starts in the future, or ends more than a year from now,
 * reads as a typo or as padding; education may end in the future (expected graduation), but not
 * years beyond a normal programme.
 */
import type { Check, FindingDraft } from '../types.js';
import { datedEntries } from './dated-entries.js';
import { entryEvidence } from './evidence.js';
import { nowIndex } from './timeline.js';

/** A fixed-term contract may state its end; more than a year ahead is unlikely to be one. */
const EXPERIENCE_END_SLACK = 12;
/** The longest programme people list as "expected": a PhD started this year. */
const EDUCATION_END_SLACK = 6 * 12;
/** Admission letters come months ahead; a start beyond a year is a typo. */
const EDUCATION_START_SLACK = 12;

export const futureDates: Check = {
  id: 'dates.future-dates',
  category: 'dates',
  severity: 'warning',
  weight: 8,
  appliesTo: { needsClock: true },
  codes: ['dates.future-start', 'dates.future-end'],
  run(context) {
    if (!context.now) return [];
    const now = nowIndex(context.now);
    const findings: FindingDraft[] = [];
    for (const entry of datedEntries(context)) {
      const { start, end, current } = entry.span;
      const isEducation = entry.kind === 'education';
      const startSlack = isEducation ? EDUCATION_START_SLACK : 0;
      const endSlack = isEducation ? EDUCATION_END_SLACK : EXPERIENCE_END_SLACK;
      const params = { entry: entry.label, dates: entry.dates, kind: entry.kind };
      // Earliest readings: "2026" in November 2026 is not in the future.
      if (start && start.earliest > now + startSlack) {
        findings.push({ code: 'dates.future-start', params, evidence: entryEvidence(entry) });
      } else if (end && !current && end.earliest > now + endSlack) {
        findings.push({ code: 'dates.future-end', params, evidence: entryEvidence(entry) });
      }
    }
    return findings;
  },
};
