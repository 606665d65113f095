/**
 * E-mail addresses that read badly to a recruiter: slang or innuendo ("sexy", "babe", "420"),
 * or long runs of digits (often a birth year, which also discloses age). A tip: names can
 * contain such letters by chance, so the pattern requires them to stand as their own word.
 */
import { evidenceOf } from '../line-evidence.js';
import type { Check, FindingDraft } from '../types.js';
import { linesWith } from './find-lines.js';

/** Whole words of the local part ("sexy.jane", "babe_99"); "sexton" or "babel" do not match. */
const SLANG_RE =
  /(?<![a-z0-9])(?:sexy|sexi|sex|hottie|hotstuff|hotbabe|babe|lover|kinky|xxx|420|69|playboy|playgirl|pimp|stud|stoner|weed|drunk|party(?:girl|boy|animal)?|badass|bigdaddy|daddy|princess|cutie|thug|gangsta|booty|boobs|devil|killer|crazy|naughty|wild|freaky?)(?![a-z0-9])/;
const MANY_DIGITS = 4;

export const unprofessionalEmail: Check = {
  id: 'contact.unprofessional-email',
  category: 'contact',
  severity: 'tip',
  appliesTo: {},
  codes: ['contact.unprofessional-email', 'contact.email-many-digits'],
  run({ resume, layout }) {
    const findings: FindingDraft[] = [];
    for (const email of resume.contact.emails) {
      const local = email.split('@')[0] ?? '';
      const line = linesWith(layout, email)[0];
      const evidence = line ? [evidenceOf(line)] : [];
      const slang = SLANG_RE.exec(local.replace(/[._+-]/g, ' ').replace(/(\d+)/g, ' $1 '));
      if (slang) {
        findings.push({
          code: 'contact.unprofessional-email',
          params: { email, word: slang[0] },
          evidence,
        });
      } else if ((local.match(/\d/g) ?? []).length >= MANY_DIGITS) {
        findings.push({ code: 'contact.email-many-digits', params: { email }, evidence });
      }
    }
    return findings;
  },
};
