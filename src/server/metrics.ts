/**
 * Prometheus instruments, one registry per app so tests (and several apps in one process) never
 * share counters. Label values are bounded: route patterns, not URLs; error codes, not messages.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PoolStats } from '../worker/pool.js';

export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  analyses: Counter<'kind' | 'format' | 'outcome'>;
  parseDuration: Histogram<'kind'>;
  cacheHits: Counter;
  cacheMisses: Counter;
  /** Language-model calls by outcome (ok or an error code), timed, with their tokens. */
  llmCalls: Counter<'outcome'>;
  llmDuration: Histogram<'outcome'>;
  llmPromptTokens: Counter;
  llmCompletionTokens: Counter;
  /** Premium answers by kind (analysis, cover_letter) and outcome (ok, degraded, error code). */
  premiumResults: Counter<'kind' | 'outcome'>;
}

export function createMetrics(options: { poolStats: () => PoolStats }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  new Gauge({
    name: 'parse_pool_queue_depth',
    help: 'Documents waiting for a worker thread.',
    registers,
    collect() {
      this.set(options.poolStats().queued);
    },
  });
  new Gauge({
    name: 'parse_pool_running',
    help: 'Documents being parsed right now.',
    registers,
    collect() {
      this.set(options.poolStats().running);
    },
  });
  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests by route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    analyses: new Counter({
      name: 'analyses_total',
      help: 'Documents analysed, by task kind, format and outcome (ok or an error code).',
      labelNames: ['kind', 'format', 'outcome'],
      registers,
    }),
    parseDuration: new Histogram({
      name: 'document_parse_duration_seconds',
      help: 'Time a worker spent on one document.',
      labelNames: ['kind'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    cacheHits: new Counter({
      name: 'analysis_cache_hits_total',
      help: 'Analyses answered from the cache (or joined to an identical one in flight).',
      registers,
    }),
    cacheMisses: new Counter({
      name: 'analysis_cache_misses_total',
      help: 'Analyses computed by a worker.',
      registers,
    }),
    ...createLlmMetrics(registers),
  };
}

function createLlmMetrics(registers: Registry[]) {
  return {
    llmCalls: new Counter({
      name: 'llm_calls_total',
      help: 'Language-model calls by outcome (ok or an error code).',
      labelNames: ['outcome'],
      registers,
    }),
    llmDuration: new Histogram({
      name: 'llm_call_duration_seconds',
      help: 'Language-model call latency by outcome.',
      labelNames: ['outcome'],
      buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120],
      registers,
    }),
    llmPromptTokens: new Counter({
      name: 'llm_prompt_tokens_total',
      help: 'Prompt tokens sent to the language model.',
      registers,
    }),
    llmCompletionTokens: new Counter({
      name: 'llm_completion_tokens_total',
      help: 'Completion tokens received from the language model.',
      registers,
    }),
    premiumResults: new Counter({
      name: 'premium_results_total',
      help: 'Premium answers by kind and outcome (ok, degraded, or an error code).',
      labelNames: ['kind', 'outcome'],
      registers,
    }),
  };
}
