/**
 * Most of the text extracts as noise: an ATS sees the same noise, so nothing can be matched.
 * Only when garbled pages hold most of the characters; a single bad page is a warning
 * (partially-garbled-text).
 */
import type { BlockerCheck } from '../types.js';
import { measureGarbled, MOSTLY_GARBLED } from './support/garbled-share.js';
import { pagesEvidence } from './support/evidence.js';

export const garbledText: BlockerCheck = {
  id: 'parseability.garbled-text',
  category: 'parseability',
  severity: 'blocker',
  cap: 20,
  appliesTo: { formats: ['pdf'], needsText: false },
  codes: ['parseability.garbled-text'],
  run(context) {
    const garbled = measureGarbled(context);
    if (!garbled || garbled.share < MOSTLY_GARBLED) return [];
    const evidence = pagesEvidence(context, garbled.pages);
    return [
      {
        code: 'parseability.garbled-text',
        params: {
          pages: garbled.pages.join(', '),
          pageCount: garbled.pages.length,
          percent: Math.round(garbled.share * 100),
          sample: garbled.sample,
        },
        evidence,
      },
    ];
  },
};
