/**
 * More than two pages with under ten years of experience: recruiters expect one page early in a
 * career and two at most until a long track record justifies more. Page counts mean nothing for
 * plain text and Markdown, so only paginated formats are checked.
 */
import type { Check } from '../types.js';
import { experienceYears } from './support/experience-years.js';

const MAX_PAGES = 2;
const SENIOR_YEARS = 10;

export const pageCount: Check = {
  id: 'length.page-count',
  category: 'length',
  severity: 'warning',
  weight: 8,
  appliesTo: { formats: ['pdf', 'docx', 'doc'] },
  codes: ['length.too-many-pages'],
  run(context) {
    const pages = context.extracted.pageCount;
    if (pages <= MAX_PAGES) return [];
    const years = experienceYears(context);
    if (years === null || years >= SENIOR_YEARS) return [];
    return [
      {
        code: 'length.too-many-pages',
        params: { pages, years, maxPages: MAX_PAGES, seniorYears: SENIOR_YEARS },
        evidence: [{ page: pages }],
      },
    ];
  },
};
