export {
  cachedCompletion,
  completionCacheKey,
  COMPLETION_TTL_SECONDS,
  type CompletionKeyParts,
} from './cached-completion.js';
export {
  createDailyTokenBudget,
  type BudgetSnapshot,
  type DailyTokenBudget,
} from './daily-token-budget.js';
export { LlmBudgetExceededError } from '../provider/llm-errors.js';
export { createMeteredProvider, type MeteringDeps } from './metered-provider.js';
export {
  createUsageLedger,
  type LlmCallOutcome,
  type LlmCallRecord,
  type UsageLedger,
  type UsageSnapshot,
} from './usage-ledger.js';
