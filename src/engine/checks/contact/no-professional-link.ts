/**
 * No professional profile link (LinkedIn, GitHub, a portfolio). Recruiters look candidates up;
 * a link saves them the search and shows more than a page can. Only for languages where such
 * links are the norm: Japanese, Chinese and Russian resumes follow other conventions (and
 * platforms), so the check skips them rather than guess.
 */
import type { Check } from '../types.js';
import { topOfPageOne } from './absent-field.js';

/** Profiles on hosts the parser classes as "other" that still show professional work. */
const PROFESSIONAL_OTHER =
  /(?:^|\.)(?:xing|gitlab|bitbucket|stackoverflow|orcid|researchgate|kaggle|behance|dribbble|scholar\.google|leetcode|medium)\./i;

export const noProfessionalLink: Check = {
  id: 'contact.no-professional-link',
  category: 'contact',
  severity: 'tip',
  appliesTo: { languages: ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl'] },
  codes: ['contact.no-professional-link'],
  run({ resume, layout }) {
    const isProfessional = resume.contact.links.some(
      (link) =>
        link.kind !== 'other' || PROFESSIONAL_OTHER.test(link.url.replace(/^https?:\/\//, '')),
    );
    return isProfessional
      ? []
      : [{ code: 'contact.no-professional-link', evidence: topOfPageOne(layout) }];
  },
};
