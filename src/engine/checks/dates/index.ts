import type { Check } from '../types.js';
import { employmentGap } from './employment-gap.js';
import { futureDates } from './future-dates.js';
import { manyOverlaps } from './many-overlaps.js';
import { missingEndDate } from './missing-end-date.js';
import { mixedFormats } from './mixed-formats.js';
import { noDates } from './no-dates.js';
import { notReverseChronological } from './not-reverse-chronological.js';
import { overlappingPositions } from './overlapping-positions.js';
import { reversedRange } from './reversed-range.js';
import { unparseableDates } from './unparseable.js';

export const datesChecks: readonly Check[] = [
  employmentGap,
  futureDates,
  manyOverlaps,
  missingEndDate,
  mixedFormats,
  noDates,
  notReverseChronological,
  overlappingPositions,
  reversedRange,
  unparseableDates,
];
