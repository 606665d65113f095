/**
 * Prometheus counters for language-model calls, fed by the provider layer's usage ledger (one
 * record per call: outcome, latency, tokens). Outcomes are "ok" or an LlmErrorCode, a bounded set.
 */
import type { UsageLedger } from '../../ai/cost/index.js';
import type { Metrics } from '../metrics.js';

/** Returns a function that stops recording. */
export function recordLlmCalls(ledger: UsageLedger, metrics: Metrics): () => void {
  return ledger.onRecord((call) => {
    metrics.llmCalls.inc({ outcome: call.outcome });
    metrics.llmDuration.observe({ outcome: call.outcome }, call.durationMs / 1000);
    metrics.llmPromptTokens.inc(call.promptTokens);
    metrics.llmCompletionTokens.inc(call.completionTokens);
  });
}

/** The provider layer's stable code (LLM_TIMEOUT...), if the error carries one. */
export function llmErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^LLM_[A-Z_]{1,40}$/.test(code) ? code : undefined;
}
