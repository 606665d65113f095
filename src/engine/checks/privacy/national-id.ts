/**
 * National identity numbers (Social Security, National Insurance, tax IDs, resident IDs) on a
 * resume are an identity-theft risk: resumes are forwarded, stored by ATSs and leaked. No
 * employer needs them before an offer. Evidence masks the number so reports do not repeat it.
 */
import type { Evidence } from '../../model/finding.js';
import type { Check } from '../types.js';
import { findInLines, matchEvidence } from './support/lines.js';
import { NATIONAL_ID_PATTERNS } from './support/national-id-patterns.js';

/** Masks every digit but the last two, keeping the label: "SSN: •••-••-••89". */
export function maskDigits(text: string): string {
  let digitsLeft = text.replace(/\D/g, '').length;
  return text.replace(/\d/g, (digit) => (digitsLeft-- > 2 ? '•' : digit));
}

export const nationalId: Check = {
  id: 'privacy.national-id',
  category: 'privacy',
  severity: 'warning',
  weight: 12,
  appliesTo: {},
  codes: ['privacy.national-id'],
  run(context) {
    const kinds: string[] = [];
    const evidence: Evidence[] = [];
    for (const pattern of NATIONAL_ID_PATTERNS) {
      const found = findInLines(context.layout.lines, pattern.re)[0];
      if (!found) continue;
      kinds.push(pattern.name);
      evidence.push(matchEvidence(found, maskDigits(found.match[0])));
    }
    if (kinds.length === 0) return [];
    return [{ code: 'privacy.national-id', params: { kinds }, evidence }];
  },
};
