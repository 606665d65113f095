/**
 * Which failures are worth another attempt, and which count against the provider's health.
 * Retry only what can succeed unchanged: timeouts, network errors, 408, 409, 429 and 5xx.
 * insufficient_quota is a 429 that will not clear by waiting; other 4xx mean our request or
 * credentials are wrong.
 */
import { LlmError, type LlmErrorCode } from '../provider/llm-errors.js';

const TRANSIENT: ReadonlySet<LlmErrorCode> = new Set([
  'LLM_TIMEOUT',
  'LLM_RATE_LIMITED',
  'LLM_UPSTREAM_FAILED',
]);

export function isRetryable(error: unknown): boolean {
  return error instanceof LlmError && TRANSIENT.has(error.code);
}

/**
 * A spent quota also opens the breaker: every call would fail the same way until someone pays,
 * so resting the provider answers users faster (degraded) and stops hammering the API.
 */
export function isProviderFailure(error: unknown): boolean {
  return isRetryable(error) || (error instanceof LlmError && error.code === 'LLM_QUOTA_EXHAUSTED');
}
