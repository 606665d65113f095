/**
 * Builds the provider the premium service uses from config, layered outermost first:
 * metering (budget, ledger) -> resilience (bulkhead, retry, breaker, timeout) -> HTTP provider.
 * With no model configured it is the "none" provider and the breaker reads "disabled".
 */
import type { LlmSettings } from '../../config.js';
import { createDailyTokenBudget, type DailyTokenBudget } from '../cost/daily-token-budget.js';
import { createMeteredProvider } from '../cost/metered-provider.js';
import { createUsageLedger, type UsageLedger } from '../cost/usage-ledger.js';
import type { BreakerState, LlmProvider } from '../ports.js';
import { createResilientProvider, type ResilienceOptions } from '../resilience/index.js';
import { createNoProvider } from './no-provider.js';
import { createOpenAiCompatibleProvider } from './openai-compatible.js';

export interface LlmStack {
  provider: LlmProvider;
  breakerState(): BreakerState;
  ledger: UsageLedger;
  budget: DailyTokenBudget;
}

export interface LlmStackDeps {
  /** Wall clock (ms since epoch): budget day, Retry-After dates, breaker reporting. */
  clock?: () => number;
  fetch?: typeof globalThis.fetch;
  /** Overrides for retry counts, backoff and breaker timings (tests use tiny ones). */
  resilience?: Omit<Partial<ResilienceOptions>, 'timeoutMs' | 'maxConcurrency'>;
  ledger?: UsageLedger;
}

export function createLlmStack(settings: LlmSettings, deps: LlmStackDeps = {}): LlmStack {
  const ledger = deps.ledger ?? createUsageLedger();
  const budget = createDailyTokenBudget({
    dailyTokens: settings.dailyTokenBudget,
    clock: deps.clock,
  });
  if (settings.baseUrl === undefined) {
    return { provider: createNoProvider(), breakerState: () => 'disabled', ledger, budget };
  }
  const http = createOpenAiCompatibleProvider({
    baseUrl: settings.baseUrl,
    model: settings.model,
    apiKey: settings.apiKey,
    timeoutMs: settings.timeoutMs,
    maxTokens: settings.maxTokens,
    fetch: deps.fetch,
  });
  const resilient = createResilientProvider(
    http,
    {
      ...deps.resilience,
      timeoutMs: settings.timeoutMs,
      maxConcurrency: settings.maxConcurrency,
    },
    { clock: deps.clock },
  );
  const provider = createMeteredProvider(resilient, { ledger, budget });
  return { provider, breakerState: resilient.breakerState, ledger, budget };
}
