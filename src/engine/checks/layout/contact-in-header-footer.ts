/**
 * Contact details that appear only in the page header or footer. Word headers and footers are
 * separate parts that many ATS never read, and in PDFs text in the running head or foot is often
 * dropped as page furniture, so the candidate arrives without an email or phone.
 */
import type { WarningCheck } from '../types.js';
import { lineEvidence } from '../parseability/support/evidence.js';
import { hasContactDetail } from './support/contact-patterns.js';

export const contactInHeaderFooter: WarningCheck = {
  id: 'layout.contact-in-header-footer',
  category: 'layout',
  severity: 'warning',
  weight: 10,
  appliesTo: {},
  codes: ['layout.contact-in-header-footer'],
  run(context) {
    const { foundIn } = context.resume.contact;
    if (foundIn.length === 0 || foundIn.includes('body')) return [];
    // foundIn records where each detail was seen first; a repeat in the body still counts.
    if (context.layout.lines.some((line) => line.zone === 'body' && hasContactDetail(line)))
      return [];
    const lines = context.layout.lines.filter(
      (line) => line.zone !== 'body' && hasContactDetail(line),
    );
    const zones = [...new Set(foundIn)];
    return [
      {
        code: 'layout.contact-in-header-footer',
        params: { zones },
        evidence: lines.slice(0, 3).map((line) => lineEvidence(line)),
      },
    ];
  },
};
