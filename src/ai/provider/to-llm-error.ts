/**
 * Translates what the openai SDK throws into our typed errors. The SDK error itself is not kept
 * as `cause`: it carries the raw response body, which may hold the key or the prompt, and error
 * causes end up in logs.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import {
  LlmAbortedError,
  LlmError,
  type LlmErrorCode,
  LlmTimeoutError,
  LlmUpstreamError,
} from './llm-errors.js';
import { redactSecrets } from './redact-secrets.js';

export function toLlmError(error: unknown, secrets: readonly string[]): LlmError {
  if (error instanceof LlmError) return error;
  // Order matters: the timeout error is a connection error, and both are APIErrors.
  if (error instanceof APIUserAbortError) return new LlmAbortedError();
  if (error instanceof APIConnectionTimeoutError) return new LlmTimeoutError();
  if (error instanceof APIConnectionError) {
    return new LlmUpstreamError('LLM_UPSTREAM_FAILED', 'Could not connect to the language model.');
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    return fromHttpError(error as APIError<number, Headers | undefined>, secrets);
  }
  // Anything else (an unparseable body, a bug in a proxy) is treated as an upstream failure.
  return new LlmUpstreamError('LLM_UPSTREAM_FAILED', 'The language model gave an unusable reply.');
}

function fromHttpError(error: APIError<number, Headers | undefined>, secrets: readonly string[]) {
  const upstreamCode = error.code ?? error.type ?? undefined;
  const code = classify(error.status, upstreamCode);
  // The SDK prefixes its message with the status, which our message already states.
  const detail = redactSecrets(error.message.replace(/^\d{3}\s+/, ''), secrets);
  return new LlmUpstreamError(code, `Language model replied HTTP ${error.status}: ${detail}`, {
    status: error.status,
    upstreamCode,
    retryAfter: {
      header: error.headers?.get('retry-after') ?? undefined,
      msHeader: error.headers?.get('retry-after-ms') ?? undefined,
    },
  });
}

function classify(status: number, upstreamCode: string | undefined): LlmErrorCode {
  if (status === 429) {
    return upstreamCode === 'insufficient_quota' ? 'LLM_QUOTA_EXHAUSTED' : 'LLM_RATE_LIMITED';
  }
  if (status === 408 || status === 409 || status >= 500) return 'LLM_UPSTREAM_FAILED';
  return 'LLM_REQUEST_REJECTED';
}
