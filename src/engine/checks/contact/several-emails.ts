/**
 * More than one e-mail address. ATS keep one, often the first, and a recruiter does not know
 * which to use; a university address expires.
 */
import { evidenceOf } from '../line-evidence.js';
import type { Check } from '../types.js';
import { linesWith } from './find-lines.js';

export const severalEmails: Check = {
  id: 'contact.several-emails',
  category: 'contact',
  severity: 'tip',
  appliesTo: {},
  codes: ['contact.several-emails'],
  run({ resume, layout }) {
    const { emails } = resume.contact;
    if (emails.length < 2) return [];
    const lines = [
      ...new Set(emails.map((e) => linesWith(layout, e)[0]).filter((l) => l !== undefined)),
    ];
    return [
      {
        code: 'contact.several-emails',
        params: { emails },
        evidence: lines.map((l) => evidenceOf(l)),
      },
    ];
  },
};
