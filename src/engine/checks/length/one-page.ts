/**
 * Early-career resumes (under five years of experience) fit on one page; a second page is mostly
 * padding a recruiter skims. A tip, since a second page of real projects or publications is fine.
 */
import type { Check } from '../types.js';
import { experienceYears } from './support/experience-years.js';

const JUNIOR_YEARS = 5;

export const onePage: Check = {
  id: 'length.one-page',
  category: 'length',
  severity: 'tip',
  appliesTo: { formats: ['pdf', 'docx', 'doc'] },
  codes: ['length.over-one-page'],
  run(context) {
    const pages = context.extracted.pageCount;
    // Three or more pages is length.page-count's warning; do not report it twice.
    if (pages !== 2) return [];
    const years = experienceYears(context);
    if (years === null || years >= JUNIOR_YEARS) return [];
    return [
      {
        code: 'length.over-one-page',
        params: { pages, years, juniorYears: JUNIOR_YEARS },
        evidence: [{ page: 2 }],
      },
    ];
  },
};
