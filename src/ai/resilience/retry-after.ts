/**
 * Retry-After is either delay-seconds or an HTTP date (RFC 9110, section 10.2.3); OpenAI also
 * sends a millisecond `retry-after-ms`. The date form is relative to our clock, injected so
 * tests need not wait for real time.
 */
import type { LlmErrorDetails } from '../provider/llm-errors.js';

/** Milliseconds to wait, or undefined when the server gave no usable hint. */
export function parseRetryAfter(
  retryAfter: LlmErrorDetails['retryAfter'],
  nowMs: number,
): number | undefined {
  const ms = Number(retryAfter?.msHeader);
  if (retryAfter?.msHeader && Number.isFinite(ms) && ms >= 0) return ms;
  const header = retryAfter?.header?.trim();
  if (!header) return undefined;
  if (/^\d+(\.\d+)?$/.test(header)) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
