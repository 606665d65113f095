/**
 * The PDF is encrypted with an owner password (it opened without a password, or extraction would
 * have failed). Readers open it, but some ATS refuse encrypted uploads or are denied text copying
 * by its permissions.
 */
import type { WarningCheck } from '../types.js';
import { findDiagnostic } from './support/diagnostics.js';
import { pagesEvidence } from './support/evidence.js';

export const encrypted: WarningCheck = {
  id: 'parseability.encrypted',
  category: 'parseability',
  severity: 'warning',
  weight: 10,
  appliesTo: { formats: ['pdf'], needsText: false },
  codes: ['parseability.encrypted'],
  run(context) {
    if (!findDiagnostic(context, 'pdf.encrypted')) return [];
    return [{ code: 'parseability.encrypted', evidence: pagesEvidence(context, [1], 1) }];
  },
};
