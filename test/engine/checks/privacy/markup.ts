/** A small resume with extra personal-details lines, in a given language. */
import { contextFromText, type ContextOverrides } from '../../../helpers/check-harness.js';

export function personalContext(lines: string[], overrides: ContextOverrides = {}) {
  const markup = [
    'Ada Lovelace',
    'ada@example.org | +1 512 555 0134 | Austin, TX',
    ...lines,
    '# Experience',
    '**Software Engineer, Acme Corp**  Jan 2020 – Present',
    '- Built the billing service used by 40 teams.',
    '# Education',
    '**BSc Mathematics, University of London**  2011 – 2015',
  ].join('\n');
  return contextFromText(markup, { language: 'en', ...overrides });
}

/** An ExtractedDocument page 1 with the given raster images. */
export function withImages(imageCount: number, imageCoverage: number) {
  return {
    pages: [
      {
        number: 1,
        width: 595,
        height: 842,
        imageCount,
        imageCoverage,
        vectorOpCount: 0,
        spans: [],
      },
    ],
  };
}
