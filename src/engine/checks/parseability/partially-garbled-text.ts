/** Some pages extract as noise while most text is fine: those pages are lost to an ATS. */
import type { WarningCheck } from '../types.js';
import { measureGarbled, MOSTLY_GARBLED } from './support/garbled-share.js';
import { pagesEvidence } from './support/evidence.js';

export const partiallyGarbledText: WarningCheck = {
  id: 'parseability.partially-garbled-text',
  category: 'parseability',
  severity: 'warning',
  weight: 20,
  appliesTo: { formats: ['pdf'], needsText: false },
  codes: ['parseability.partially-garbled-text'],
  run(context) {
    const garbled = measureGarbled(context);
    if (!garbled || garbled.share >= MOSTLY_GARBLED) return [];
    return [
      {
        code: 'parseability.partially-garbled-text',
        params: {
          pages: garbled.pages.join(', '),
          pageCount: garbled.pages.length,
          percent: Math.max(1, Math.round(garbled.share * 100)),
          sample: garbled.sample,
        },
        evidence: pagesEvidence(context, garbled.pages),
      },
    ];
  },
};
