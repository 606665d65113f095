/**
 * Exponential backoff with cockatiel's decorrelated jitter
 * (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/), except that a
 * server's Retry-After wins when it sent one, capped so one slow hint cannot park a request.
 */
import {
  DelegateBackoff,
  ExponentialBackoff,
  type IBackoff,
  type IRetryBackoffContext,
} from 'cockatiel';
import { LlmError } from '../provider/llm-errors.js';
import { parseRetryAfter } from './retry-after.js';

export interface RetryBackoffOptions {
  initialDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
  clock: () => number;
}

export function createRetryBackoff(options: RetryBackoffOptions) {
  const exponential = new ExponentialBackoff({
    initialDelay: options.initialDelayMs,
    maxDelay: options.maxDelayMs,
  });
  return new DelegateBackoff<IRetryBackoffContext<unknown>, IBackoff<unknown>>(
    (context, previous) => {
      const next = previous ? previous.next(context) : exponential.next();
      const error = 'error' in context.result ? context.result.error : undefined;
      const hint =
        error instanceof LlmError ? parseRetryAfter(error.retryAfter, options.clock()) : undefined;
      const delay = hint === undefined ? next.duration : Math.min(hint, options.maxRetryAfterMs);
      return { delay, state: next };
    },
  );
}
