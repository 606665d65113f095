/**
 * A photo on page one, from what extraction reports: the number of raster images and the share
 * of the page they cover (image boxes are not in the model yet, so position and aspect ratio
 * cannot be checked). A headshot is one or two images covering roughly 0.3–12% of an A4/Letter
 * page (a 2.5 × 3 cm passport photo is ~0.4%, a 6 × 8 cm one ~8%); icons are smaller, and a
 * full-page background or scan is larger.
 */
import type { CheckContext, FindingDraft } from '../../types.js';

const MAX_IMAGES = 2;
const MIN_COVERAGE = 0.003;
const MAX_COVERAGE = 0.12;

export function detectPhoto(context: CheckContext, code: string): FindingDraft[] {
  const page = context.extracted.pages.find((p) => p.number === 1);
  if (!page || page.imageCount === 0 || page.imageCount > MAX_IMAGES) return [];
  if (page.imageCoverage < MIN_COVERAGE || page.imageCoverage > MAX_COVERAGE) return [];
  return [
    {
      code,
      params: {
        images: page.imageCount,
        coverage: Math.round(page.imageCoverage * 1000) / 10,
        language: context.language,
      },
      evidence: [{ page: 1, snippet: 'image on page 1' }],
    },
  ];
}
