/**
 * Wraps a provider in cockatiel policies, outermost first:
 *   bulkhead  - at most `maxConcurrency` logical calls in flight, a small queue, then reject;
 *   retry     - transient failures only (failure-kinds.ts), backoff with jitter or Retry-After;
 *   breaker   - opens after `breakerThreshold` consecutive provider failures, probes after
 *               `breakerCooldownMs` with one half-open call;
 *   timeout   - per attempt, cooperative: the AbortSignal reaches the SDK, which drops the socket.
 * The breaker sits inside the retry so every failed attempt counts, and an open breaker stops
 * the remaining retries at once.
 */
import {
  BrokenCircuitError,
  BulkheadRejectedError,
  ConsecutiveBreaker,
  IsolatedCircuitError,
  TaskCancelledError,
  TimeoutStrategy,
  bulkhead,
  circuitBreaker,
  handleWhen,
  retry,
  timeout,
  wrap,
} from 'cockatiel';
import type { BreakerState, LlmProvider, LlmRequest, LlmResponse } from '../ports.js';
import {
  LlmAbortedError,
  LlmCircuitOpenError,
  LlmOverloadedError,
  LlmTimeoutError,
} from '../provider/llm-errors.js';
import { trackBreakerState } from './breaker-state.js';
import { isProviderFailure, isRetryable } from './failure-kinds.js';
import { createRetryBackoff } from './retry-backoff.js';

export interface ResilienceOptions {
  /** Per attempt. */
  timeoutMs: number;
  maxConcurrency: number;
  /** Calls allowed to wait for a slot; default twice the concurrency. */
  maxQueue?: number;
  /** Attempts after the first; default 2. */
  maxRetries?: number;
  /** Default 250 ms. */
  initialBackoffMs?: number;
  /** Default 8 s. */
  maxBackoffMs?: number;
  /** Longest Retry-After honoured; longer hints are cut to this. Default 20 s. */
  maxRetryAfterMs?: number;
  /** Consecutive failed attempts that open the breaker; default 5. */
  breakerThreshold?: number;
  /** How long the breaker stays open before a probe; default 30 s. */
  breakerCooldownMs?: number;
}

export type ResilientProvider = LlmProvider & { breakerState(): BreakerState };

export function createResilientProvider(
  provider: LlmProvider,
  options: ResilienceOptions,
  deps: { clock?: () => number } = {},
): ResilientProvider {
  const clock = deps.clock ?? Date.now;
  const cooldownMs = options.breakerCooldownMs ?? 30_000;
  const breaker = circuitBreaker(handleWhen(isProviderFailure), {
    halfOpenAfter: cooldownMs,
    breaker: new ConsecutiveBreaker(options.breakerThreshold ?? 5),
  });
  const policy = wrap(
    bulkhead(options.maxConcurrency, options.maxQueue ?? options.maxConcurrency * 2),
    retry(handleWhen(isRetryable), {
      maxAttempts: options.maxRetries ?? 2,
      backoff: createRetryBackoff({
        initialDelayMs: options.initialBackoffMs ?? 250,
        maxDelayMs: options.maxBackoffMs ?? 8_000,
        maxRetryAfterMs: options.maxRetryAfterMs ?? 20_000,
        clock,
      }),
    }),
    breaker,
    timeout(options.timeoutMs, TimeoutStrategy.Cooperative),
  );
  const breakerState = trackBreakerState(breaker, { cooldownMs, clock });

  async function attempt(request: LlmRequest, signal: AbortSignal): Promise<LlmResponse> {
    try {
      return await provider.complete({ ...request, signal });
    } catch (error) {
      // The attempt's signal fires on our timeout and on the caller's cancellation; only the
      // first is a timeout (retryable), the second must stop everything.
      if (signal.aborted && !request.signal?.aborted) throw new LlmTimeoutError(options.timeoutMs);
      throw error;
    }
  }

  async function complete(request: LlmRequest): Promise<LlmResponse> {
    try {
      return await policy.execute(({ signal }) => attempt(request, signal), request.signal);
    } catch (error) {
      throw translatePolicyError(error);
    }
  }

  return { name: provider.name, model: provider.model, complete, breakerState };
}

function translatePolicyError(error: unknown): unknown {
  if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
    return new LlmCircuitOpenError();
  }
  if (error instanceof BulkheadRejectedError) return new LlmOverloadedError();
  // Raised when the caller's signal fires while waiting in the bulkhead queue or half-open.
  if (error instanceof TaskCancelledError) return new LlmAbortedError();
  return error;
}
