/**
 * Every way a language-model call can fail, as typed errors with a stable code. The premium
 * service turns any of them into a degraded (engine-only) answer; the server maps codes to
 * metrics labels. Messages are written here, never copied from a response body unredacted,
 * because upstream errors can echo the API key or the prompt (see redact-secrets.ts).
 */
export type LlmErrorCode =
  /** No model configured. */
  | 'LLM_UNAVAILABLE'
  /** A call took longer than the per-call timeout. */
  | 'LLM_TIMEOUT'
  /** The caller cancelled (client gone, shutdown). */
  | 'LLM_ABORTED'
  /** 429 still after the allowed retries. */
  | 'LLM_RATE_LIMITED'
  /** 429 insufficient_quota: the account is out of credit; retrying cannot help. */
  | 'LLM_QUOTA_EXHAUSTED'
  /** 408, 409, 5xx or a network failure, still after the allowed retries. */
  | 'LLM_UPSTREAM_FAILED'
  /** Any other 4xx: our request or credentials are wrong; retrying cannot help. */
  | 'LLM_REQUEST_REJECTED'
  /** The circuit breaker is open: the provider failed repeatedly and is being rested. */
  | 'LLM_CIRCUIT_OPEN'
  /** Concurrency limit and its queue are full. */
  | 'LLM_OVERLOADED'
  /** The daily token budget is spent; no call was made. */
  | 'LLM_BUDGET_EXCEEDED'
  /** The answer did not match the expected schema, even after one repair. */
  | 'LLM_INVALID_OUTPUT';

export interface LlmErrorDetails {
  /** HTTP status of the upstream response, when there was one. */
  status?: number;
  /** The provider's own error code or type, e.g. "insufficient_quota". */
  upstreamCode?: string;
  /** Raw Retry-After / retry-after-ms headers, parsed by the retry policy against its clock. */
  retryAfter?: { header?: string; msHeader?: string };
}

export class LlmError extends Error {
  readonly code: LlmErrorCode;
  readonly status: number | undefined;
  readonly upstreamCode: string | undefined;
  readonly retryAfter: LlmErrorDetails['retryAfter'];

  constructor(code: LlmErrorCode, message: string, details: LlmErrorDetails = {}) {
    super(message);
    this.name = 'LlmError';
    this.code = code;
    this.status = details.status;
    this.upstreamCode = details.upstreamCode;
    this.retryAfter = details.retryAfter;
  }
}

export class LlmUnavailableError extends LlmError {
  constructor() {
    super('LLM_UNAVAILABLE', 'No language model is configured.');
    this.name = 'LlmUnavailableError';
  }
}

export class LlmTimeoutError extends LlmError {
  constructor(timeoutMs?: number) {
    const after = timeoutMs === undefined ? '' : ` after ${timeoutMs} ms`;
    super('LLM_TIMEOUT', `The language model did not answer${after}.`);
    this.name = 'LlmTimeoutError';
  }
}

export class LlmAbortedError extends LlmError {
  constructor() {
    super('LLM_ABORTED', 'The language-model call was cancelled.');
    this.name = 'LlmAbortedError';
  }
}

/** An HTTP or network failure of the provider (rate limit, quota, 5xx, 4xx, connection). */
export class LlmUpstreamError extends LlmError {
  constructor(code: LlmErrorCode, message: string, details: LlmErrorDetails = {}) {
    super(code, message, details);
    this.name = 'LlmUpstreamError';
  }
}

export class LlmCircuitOpenError extends LlmError {
  constructor() {
    super('LLM_CIRCUIT_OPEN', 'The language model failed repeatedly; calls are paused briefly.');
    this.name = 'LlmCircuitOpenError';
  }
}

export class LlmOverloadedError extends LlmError {
  constructor() {
    super('LLM_OVERLOADED', 'Too many language-model calls are in progress.');
    this.name = 'LlmOverloadedError';
  }
}

export class LlmBudgetExceededError extends LlmError {
  constructor(limit: number) {
    super('LLM_BUDGET_EXCEEDED', `The daily budget of ${limit} language-model tokens is spent.`);
    this.name = 'LlmBudgetExceededError';
  }
}

export class LlmInvalidOutputError extends LlmError {
  /** What was wrong (JSON path and rule), never the model's text: it may quote the resume. */
  readonly issues: readonly string[];

  constructor(issues: readonly string[]) {
    super('LLM_INVALID_OUTPUT', `The language model's answer is invalid: ${summarize(issues)}`);
    this.name = 'LlmInvalidOutputError';
    this.issues = issues;
  }
}

export function isLlmError(value: unknown): value is LlmError {
  return value instanceof LlmError;
}

function summarize(issues: readonly string[]): string {
  const shown = issues.slice(0, 3).join('; ');
  return issues.length > 3 ? `${shown}; and ${issues.length - 3} more` : shown;
}
