/**
 * An in-process record of language-model calls: counts by outcome, latency and tokens. The
 * server feeds its Prometheus counters from `onRecord`; `snapshot` serves tests, the CLI and
 * /ready. Outcomes are "ok" or an LlmErrorCode, a bounded set, so they are safe metric labels.
 */
import type { LlmErrorCode } from '../provider/llm-errors.js';

export type LlmCallOutcome = 'ok' | LlmErrorCode;

export interface LlmCallRecord {
  outcome: LlmCallOutcome;
  durationMs: number;
  promptTokens: number;
  completionTokens: number;
  model: string;
}

export interface UsageSnapshot {
  calls: Partial<Record<LlmCallOutcome, number>>;
  totalDurationMs: number;
  promptTokens: number;
  completionTokens: number;
}

export interface UsageLedger {
  record(call: LlmCallRecord): void;
  snapshot(): UsageSnapshot;
  /** Returns a function that unsubscribes. */
  onRecord(listener: (call: LlmCallRecord) => void): () => void;
}

export function createUsageLedger(): UsageLedger {
  const totals: UsageSnapshot = {
    calls: {},
    totalDurationMs: 0,
    promptTokens: 0,
    completionTokens: 0,
  };
  const listeners = new Set<(call: LlmCallRecord) => void>();
  return {
    record(call) {
      totals.calls[call.outcome] = (totals.calls[call.outcome] ?? 0) + 1;
      totals.totalDurationMs += call.durationMs;
      totals.promptTokens += call.promptTokens;
      totals.completionTokens += call.completionTokens;
      for (const listener of listeners) listener(call);
    },
    snapshot: () => ({ ...totals, calls: { ...totals.calls } }),
    onRecord(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
