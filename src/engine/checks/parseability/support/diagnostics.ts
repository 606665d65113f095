/** Reading extraction diagnostics: checks turn these data into findings. */
import type { ExtractionDiagnostic, ExtractionDiagnosticCode } from '../../../model/document.js';
import type { CheckContext } from '../../types.js';

export function findDiagnostic(
  context: CheckContext,
  code: ExtractionDiagnosticCode,
): ExtractionDiagnostic | undefined {
  return context.extracted.diagnostics.find((d) => d.code === code);
}

export function diagnosticPages(diagnostic: ExtractionDiagnostic | undefined): number[] {
  return [...new Set(diagnostic?.pages ?? [])].sort((a, b) => a - b);
}
