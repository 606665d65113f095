/** What the guards report; the same shape as `PremiumAnalysis.safetyFindings` in the ports. */
export type SafetyFindingCode =
  'ai.hidden-text-removed' | 'ai.prompt-injection' | 'ai.fabrication-removed';

export interface SafetyFinding {
  code: SafetyFindingCode;
  snippet: string;
}
