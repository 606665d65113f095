/** Length findings: words and pages against years of experience. */
import { count, plural } from '../params.js';
import type { MessageCatalog } from '../types.js';

function years(value: number): string {
  return `${value} ${value === 1 ? 'year' : 'years'}`;
}

export const lengthMessages: MessageCatalog = {
  'length.too-many-pages': {
    title: 'Too many pages for your experience',
    why: 'Recruiters expect one page early in a career and at most two until about ten years of experience; extra pages are rarely read.',
    message: (p) =>
      `Your resume has ${plural(count(p, 'pages'), 'page')} for about ${years(count(p, 'years'))} of experience.`,
    fix: (p) =>
      `Bring it down to ${count(p, 'maxPages')} pages: keep the last 10 years in detail, shorten older roles to a title line, and cut bullets without results.`,
  },
  'length.over-one-page': {
    title: 'Over one page with under five years of experience',
    why: 'With a few years of experience, one page is what recruiters expect; a second page is usually padding they skim.',
    message: (p) =>
      `Your resume runs to ${plural(count(p, 'pages'), 'page')} with about ${years(count(p, 'years'))} of experience.`,
    fix: () =>
      'Try to fit one page: cut coursework and duties, merge short roles, and trim bullets to one or two lines. A second page is fine only for substantial projects or publications.',
  },
  'length.too-few-words': {
    title: 'The resume is very short',
    why: 'Under about 250 words a resume rarely holds enough experience or keywords for an ATS search to find it or for a recruiter to judge it.',
    message: (p) =>
      `Your resume has about ${count(p, 'words')} words; most effective resumes have at least ${count(p, 'min')}.`,
    fix: () =>
      'Add 3–5 bullets with results for each recent role, a short summary, and a skills section with the tools and methods from the jobs you want.',
  },
  'length.too-many-words': {
    title: 'The resume is long for your experience',
    why: 'Over about 1,000 words with under ten years of experience usually means every duty is listed; recruiters read the top third.',
    message: (p) =>
      `Your resume has about ${count(p, 'words')} words for about ${years(count(p, 'years'))} of experience.`,
    fix: (p) =>
      `Aim for under ${count(p, 'max')} words: keep the achievements with numbers, cut routine duties, and shorten roles older than 10 years.`,
  },
};
