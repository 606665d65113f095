/**
 * A range whose end comes before its start ("2021 – 2019"): usually a typo, and it makes an ATS
 * compute negative or zero experience for the position.
 */
import type { Check, FindingDraft } from '../types.js';
import { datedEntries } from './dated-entries.js';
import { entryEvidence } from './evidence.js';

export const reversedRange: Check = {
  id: 'dates.reversed-range',
  category: 'dates',
  severity: 'warning',
  weight: 10,
  appliesTo: {},
  codes: ['dates.reversed-range'],
  run(context) {
    const findings: FindingDraft[] = [];
    for (const entry of datedEntries(context)) {
      const { start, end, current } = entry.span;
      // Only when even the widest reading of the two dates is reversed ("2020" vs "2020-03" is not).
      if (!start || !end || current || end.latest >= start.earliest) continue;
      findings.push({
        code: 'dates.reversed-range',
        params: { entry: entry.label, dates: entry.dates },
        evidence: entryEvidence(entry),
      });
    }
    return findings;
  },
};
