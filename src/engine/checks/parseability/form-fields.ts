/**
 * Fillable form fields keep their text outside the page content, so an ATS reading the page text
 * misses what was typed into them. XFA forms are worse: most readers, and every ATS we know of,
 * cannot render them at all.
 */
import type { FindingDraft, WarningCheck } from '../types.js';
import { diagnosticPages, findDiagnostic } from './support/diagnostics.js';
import { pagesEvidence } from './support/evidence.js';

export const formFields: WarningCheck = {
  id: 'parseability.form-fields',
  category: 'parseability',
  severity: 'warning',
  weight: 15,
  appliesTo: { formats: ['pdf'], needsText: false },
  codes: ['parseability.form-fields', 'parseability.xfa-form'],
  run(context) {
    const findings: FindingDraft[] = [];
    const fields = findDiagnostic(context, 'pdf.form-fields');
    if (fields) {
      const pages = diagnosticPages(fields);
      findings.push({
        code: 'parseability.form-fields',
        params: { count: fields.count ?? 1, pages: pages.join(', ') },
        evidence: pagesEvidence(context, pages),
      });
    }
    if (findDiagnostic(context, 'pdf.xfa-form')) {
      findings.push({ code: 'parseability.xfa-form', evidence: pagesEvidence(context, [1], 1) });
    }
    return findings;
  },
};
