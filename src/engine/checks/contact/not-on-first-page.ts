/**
 * Contact details printed only after page one. ATS look for them at the top of the first page,
 * and a recruiter with a printout has to turn pages to call you.
 */
import type { Line } from '../../model/layout.js';
import { evidenceOf } from '../line-evidence.js';
import type { Check } from '../types.js';
import { linesWith } from './find-lines.js';

export const notOnFirstPage: Check = {
  id: 'contact.not-on-first-page',
  category: 'contact',
  severity: 'warning',
  weight: 10,
  appliesTo: {},
  codes: ['contact.not-on-first-page'],
  run({ resume, layout }) {
    const { emails, phonesRaw } = resume.contact;
    const found = [...emails, ...phonesRaw]
      .map((detail) => linesWith(layout, detail)[0])
      .filter((l): l is Line => l !== undefined);
    if (found.length === 0 || found.some((l) => l.page === 1)) return [];
    const first = found.reduce((a, b) => (a.index <= b.index ? a : b));
    return [
      {
        code: 'contact.not-on-first-page',
        params: { page: first.page },
        evidence: [evidenceOf(first)],
      },
    ];
  },
};
