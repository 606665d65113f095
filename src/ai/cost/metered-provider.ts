/**
 * Cost control around a provider: refuses calls once the daily budget is spent (no request
 * leaves), charges the budget with each answer's tokens and records every logical call, retries
 * included, in the ledger. It sits outside the resilient provider so one user request is one
 * ledger entry and a budget refusal never occupies a concurrency slot.
 */
import type { LlmProvider, LlmRequest, LlmResponse } from '../ports.js';
import { isLlmError } from '../provider/llm-errors.js';
import type { DailyTokenBudget } from './daily-token-budget.js';
import type { UsageLedger } from './usage-ledger.js';

export interface MeteringDeps {
  ledger: UsageLedger;
  budget?: DailyTokenBudget;
  /** Milliseconds, for latency; default performance.now (monotonic). */
  clock?: () => number;
}

export function createMeteredProvider<P extends LlmProvider>(provider: P, deps: MeteringDeps): P {
  const clock = deps.clock ?? (() => performance.now());
  const model = provider.model;

  async function complete(request: LlmRequest): Promise<LlmResponse> {
    const started = clock();
    try {
      deps.budget?.assertAvailable();
      const response = await provider.complete(request);
      const { promptTokens, completionTokens } = response.usage;
      deps.budget?.charge(promptTokens + completionTokens);
      const durationMs = clock() - started;
      deps.ledger.record({ outcome: 'ok', durationMs, promptTokens, completionTokens, model });
      return response;
    } catch (error) {
      // Unknown errors are bugs, not provider outcomes; still counted so metrics show them.
      const outcome = isLlmError(error) ? error.code : 'LLM_UPSTREAM_FAILED';
      const durationMs = clock() - started;
      deps.ledger.record({ outcome, durationMs, promptTokens: 0, completionTokens: 0, model });
      throw error;
    }
  }

  // Spread keeps the wrapped provider's extras, e.g. breakerState() of a resilient provider.
  return { ...provider, complete };
}
