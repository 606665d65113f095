/**
 * A spending cap in tokens per UTC day (LLM_DAILY_TOKEN_BUDGET; 0 = unlimited). Checked before
 * each call, charged after it with the tokens the server reported. Calls already in flight when
 * the cap is reached still finish, so a day can overshoot by at most the in-flight calls'
 * tokens (bounded by LLM_MAX_CONCURRENCY x LLM_MAX_TOKENS plus prompts). The count is per
 * process: instances behind a load balancer each spend up to the cap.
 */
import { LlmBudgetExceededError } from '../provider/llm-errors.js';

export interface BudgetSnapshot {
  /** UTC date, YYYY-MM-DD. */
  day: string;
  used: number;
  /** 0 = unlimited. */
  limit: number;
  /** Infinity when unlimited. */
  remaining: number;
}

export interface DailyTokenBudget {
  /** Throws LlmBudgetExceededError when today's tokens are spent. */
  assertAvailable(): void;
  charge(tokens: number): void;
  snapshot(): BudgetSnapshot;
}

export function createDailyTokenBudget(options: {
  dailyTokens: number;
  clock?: () => number;
}): DailyTokenBudget {
  const clock = options.clock ?? Date.now;
  const limit = options.dailyTokens;
  let day = '';
  let used = 0;

  function rollOver(): void {
    const today = new Date(clock()).toISOString().slice(0, 10);
    if (today !== day) {
      day = today;
      used = 0;
    }
  }

  return {
    assertAvailable() {
      rollOver();
      if (limit > 0 && used >= limit) throw new LlmBudgetExceededError(limit);
    },
    charge(tokens) {
      rollOver();
      used += tokens;
    },
    snapshot() {
      rollOver();
      return { day, used, limit, remaining: limit > 0 ? Math.max(0, limit - used) : Infinity };
    },
  };
}
