/**
 * Files over 2.5 MB: several ATS and job boards reject uploads above 2-5 MB, and size almost
 * always comes from images, which carry nothing an ATS can read.
 */
import type { WarningCheck } from '../types.js';

export const MAX_FILE_BYTES = 2.5 * 1024 * 1024;

export const largeFile: WarningCheck = {
  id: 'parseability.large-file',
  category: 'parseability',
  severity: 'warning',
  weight: 10,
  appliesTo: { needsText: false },
  codes: ['parseability.large-file'],
  run(context) {
    const bytes = context.extracted.byteLength;
    if (bytes <= MAX_FILE_BYTES) return [];
    const images = context.extracted.pages.reduce((sum, page) => sum + page.imageCount, 0);
    return [
      {
        code: 'parseability.large-file',
        params: {
          megabytes: Math.round((bytes / (1024 * 1024)) * 10) / 10,
          limitMegabytes: 2.5,
          images,
        },
        evidence: [{ page: 1, snippet: `${bytes} bytes` }],
      },
    ];
  },
};
