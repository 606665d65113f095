/**
 * Positions not in reverse-chronological order. ATS and recruiters read the first position as
 * the current or latest one; an older job on top gets mistaken for it. Compared within each
 * section only ("Experience" and "Research Experience" each have their own order), and only when
 * both the start and the end are certainly later than the entry above.
 */
import type { Check, FindingDraft } from '../types.js';
import { datedEntries } from './dated-entries.js';
import { entryEvidence } from './evidence.js';
import { endBounds, presentIndex } from './timeline.js';

export const notReverseChronological: Check = {
  id: 'dates.not-reverse-chronological',
  category: 'dates',
  severity: 'warning',
  weight: 5,
  appliesTo: {},
  codes: ['dates.not-reverse-chronological'],
  run(context) {
    const present = presentIndex(context.resume, context.now);
    const positions = datedEntries(context).filter((e) => e.kind === 'experience' && e.span.start);
    const findings: FindingDraft[] = [];
    for (let i = 1; i < positions.length; i += 1) {
      const above = positions[i - 1];
      const below = positions[i];
      if (!above || !below || above.section !== below.section) continue;
      const aboveEnd = endBounds(above.span, present);
      const belowEnd = endBounds(below.span, present);
      const startsLater = (below.span.start?.earliest ?? 0) > (above.span.start?.latest ?? 0);
      const endsLater = (belowEnd?.earliest ?? 0) > (aboveEnd?.latest ?? 0);
      if (!startsLater || !endsLater) continue;
      findings.push({
        code: 'dates.not-reverse-chronological',
        params: {
          above: above.label,
          below: below.label,
          aboveDates: above.dates,
          belowDates: below.dates,
        },
        evidence: [...entryEvidence(above), ...entryEvidence(below)],
      });
    }
    // One finding says it: a fully chronological list would otherwise repeat it per position.
    return findings
      .slice(0, 1)
      .map((f) => ({ ...f, params: { ...f.params, pairs: findings.length } }));
  },
};
