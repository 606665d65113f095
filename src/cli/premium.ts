/**
 * The CLI's premium service, from the one config schema over the environment it was given
 * (LLM_BASE_URL, LLM_MODEL, LLM_API_KEY or OPENAI_API_KEY...). No cache: each run is one shot.
 */
import { createPremiumService, type PremiumService } from '../ai/index.js';
import { createLlmStack } from '../ai/provider/create-llm-stack.js';
import { loadConfig } from '../config.js';
import type { CliIo } from './io.js';

export function createCliPremium(env: CliIo['env']): PremiumService {
  const { llm } = loadConfig(env);
  const stack = createLlmStack(llm);
  return createPremiumService({
    provider: stack.provider,
    breakerState: stack.breakerState,
    maxTokens: llm.maxTokens,
  });
}
