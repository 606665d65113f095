/**
 * The one place untrusted input is made ready for a prompt: hidden text out, injection attempts
 * reported. Both the model path and the fallback run it, so the safety findings are the same
 * whether or not a model answered.
 */
import type { PremiumInput } from '../ports.js';
import { removeHiddenText } from './hidden-text.js';
import { findPromptInjections } from './injection.js';
import type { SafetyFinding } from './safety-finding.js';

export interface PreparedInput {
  /** Visible resume text: the only source of facts for the guard. */
  resumeText: string;
  jobDescription: string | null;
  safetyFindings: SafetyFinding[];
}

export function prepareInput(input: PremiumInput): PreparedInput {
  const hidden = removeHiddenText(input.resumeText, input.report);
  const jobDescription = input.jobDescription?.trim() ? input.jobDescription : null;
  // Hidden text is scanned too: a hidden prompt is the most common injection carrier.
  const injections = [
    ...findPromptInjections(input.resumeText),
    ...(jobDescription ? findPromptInjections(jobDescription) : []),
  ];
  return {
    resumeText: hidden.text,
    jobDescription,
    safetyFindings: [...hidden.findings, ...injections],
  };
}
