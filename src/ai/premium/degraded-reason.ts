/**
 * Why a premium answer came from the engine alone. The provider layer's typed error codes map
 * onto the few reasons a client can act on (retry later, raise the budget, configure a model).
 */
import { isLlmError } from '../provider/llm-errors.js';

export type DegradedReason =
  'no-model' | 'breaker-open' | 'provider-error' | 'budget-exceeded' | 'invalid-output';

export function degradedReasonOf(error: unknown): DegradedReason {
  if (!isLlmError(error)) return 'provider-error';
  switch (error.code) {
    case 'LLM_UNAVAILABLE':
      return 'no-model';
    case 'LLM_CIRCUIT_OPEN':
      return 'breaker-open';
    case 'LLM_BUDGET_EXCEEDED':
      return 'budget-exceeded';
    case 'LLM_INVALID_OUTPUT':
      return 'invalid-output';
    default:
      return 'provider-error';
  }
}
