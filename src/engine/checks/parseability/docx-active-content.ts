/**
 * Word files with macros, external relationships (remote templates, linked frames) or embedded
 * objects: security scanners in front of ATS quarantine or reject them, and embedded objects
 * (spreadsheets, PDFs inside the DOCX) carry text no ATS reads.
 */
import type { FindingDraft, WarningCheck } from '../types.js';
import { findDiagnostic } from './support/diagnostics.js';

export const docxActiveContent: WarningCheck = {
  id: 'parseability.docx-active-content',
  category: 'parseability',
  severity: 'warning',
  weight: 10,
  appliesTo: { formats: ['docx'], needsText: false },
  codes: [
    'parseability.docx-macros',
    'parseability.docx-external-relationships',
    'parseability.docx-embedded-objects',
  ],
  run(context) {
    const findings: FindingDraft[] = [];
    if (findDiagnostic(context, 'docx.macros')) {
      findings.push({
        code: 'parseability.docx-macros',
        evidence: [{ page: 1, snippet: 'word/vbaProject.bin' }],
      });
    }
    const external = findDiagnostic(context, 'docx.external-relationships');
    if (external) {
      const types = String(external.params?.types ?? '');
      findings.push({
        code: 'parseability.docx-external-relationships',
        params: { count: external.count ?? 1, types },
        evidence: [{ page: 1, snippet: types }],
      });
    }
    const embedded = findDiagnostic(context, 'docx.embedded-objects');
    if (embedded) {
      findings.push({
        code: 'parseability.docx-embedded-objects',
        params: { count: embedded.count ?? 1 },
        evidence: [{ page: 1, snippet: 'word/embeddings/' }],
      });
    }
    return findings;
  },
};
