/**
 * Pages that are neither A4 nor US Letter (in portrait): they print cropped or shrunk, and
 * designed formats (slides, Canva "resume" sizes, infinite pages) often come with other problems.
 */
import type { ExtractedPage } from '../../model/document.js';
import type { TipCheck } from '../types.js';
import { pageEvidence } from './support/evidence.js';

/** Width x height in points. */
const STANDARD_SIZES = [
  { name: 'A4', width: 595.28, height: 841.89 },
  { name: 'Letter', width: 612, height: 792 },
];
/** Exporters round sizes differently (A4 is 595x842 or 595.22x842); a few points is the same. */
const TOLERANCE = 4;

function isStandard(page: ExtractedPage): boolean {
  return STANDARD_SIZES.some(
    (size) =>
      Math.abs(page.width - size.width) <= TOLERANCE &&
      Math.abs(page.height - size.height) <= TOLERANCE,
  );
}

function inches(points: number): number {
  return Math.round((points / 72) * 10) / 10;
}

export const unusualPageSize: TipCheck = {
  id: 'parseability.unusual-page-size',
  category: 'parseability',
  severity: 'tip',
  appliesTo: { formats: ['pdf'], needsText: false },
  codes: ['parseability.unusual-page-size'],
  run(context) {
    const odd = context.extracted.pages.filter((page) => !isStandard(page));
    const first = odd[0];
    if (!first) return [];
    return [
      {
        code: 'parseability.unusual-page-size',
        params: {
          pages: odd.map((p) => p.number).join(', '),
          width: inches(first.width),
          height: inches(first.height),
          widthMm: Math.round((first.width / 72) * 25.4),
          heightMm: Math.round((first.height / 72) * 25.4),
        },
        evidence: odd.slice(0, 3).map((page) => pageEvidence(context, page.number)),
      },
    ];
  },
};
