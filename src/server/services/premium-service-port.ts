/**
 * The PremiumService port as the server runs it: the provider stack from the config (none, or
 * any OpenAI-compatible model behind metering and resilience), model answers cached in the Cache
 * port (same resume, job, prompt version and model: paid once), and every call counted.
 */
import { createPremiumService, type PremiumService } from '../../ai/index.js';
import { createLlmStack } from '../../ai/provider/create-llm-stack.js';
import type { Config } from '../../config.js';
import type { Cache } from '../../store/ports.js';
import type { Metrics } from '../metrics.js';
import { recordLlmCalls } from './premium-service-metrics.js';

export function createPremiumPort(
  config: Config,
  deps: { cache: Cache; metrics: Metrics },
): PremiumService {
  const stack = createLlmStack(config.llm);
  recordLlmCalls(stack.ledger, deps.metrics);
  // Answers quote the resume: they live no longer than any other cached analysis.
  const ttlSeconds = config.cacheTtlSeconds;
  return createPremiumService({
    provider: stack.provider,
    breakerState: stack.breakerState,
    maxTokens: config.llm.maxTokens,
    cachedCall: (key, compute) =>
      ttlSeconds > 0 ? deps.cache.getOrCompute(key, ttlSeconds, compute) : compute(),
  });
}
