/**
 * Plain-text and Markdown resumes whose bytes did not decode cleanly: every "�" is a character
 * the ATS loses too (usually accented letters saved in a legacy encoding).
 */
import type { Evidence } from '../../model/finding.js';
import type { WarningCheck } from '../types.js';
import { findDiagnostic } from './support/diagnostics.js';
import { lineEvidence } from './support/evidence.js';

export const replacementCharacters: WarningCheck = {
  id: 'parseability.replacement-characters',
  category: 'parseability',
  severity: 'warning',
  weight: 10,
  appliesTo: { formats: ['txt', 'md'] },
  codes: ['parseability.replacement-characters'],
  run(context) {
    const diagnostic = findDiagnostic(context, 'text.replacement-characters');
    if (!diagnostic) return [];
    const evidence: Evidence[] = context.layout.lines
      .filter((line) => line.text.includes('\ufffd'))
      .slice(0, 5)
      .map((line) => lineEvidence(line));
    return [
      {
        code: 'parseability.replacement-characters',
        params: { count: diagnostic.count ?? 1 },
        evidence,
      },
    ];
  },
};
