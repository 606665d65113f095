/**
 * One model call for a template: render (validating variables), ask for structured output through
 * the provider layer (which validates and repairs once), all behind the result cache keyed by
 * resume, job, prompt version, model and variant.
 */
import { createHash } from 'node:crypto';
import { completionCacheKey } from '../cost/cached-completion.js';
import type { LlmProvider } from '../ports.js';
import { completeStructured } from '../provider/structured.js';
import { type PromptTemplate, promptCacheKeyPart, renderPrompt } from '../prompts/template.js';

export type CachedCall = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

export interface ModelAnswer<T> {
  data: T;
  model: string;
}

export interface ModelCallOptions<Vars> {
  provider: LlmProvider;
  cachedCall?: CachedCall;
  vars: Vars;
  /** What the answer depends on besides the prompt and model. */
  key: { resumeText: string; jobDescription: string | null; variant?: Record<string, string> };
  signal?: AbortSignal;
  maxTokens?: number;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function callModel<Vars, Output>(
  template: PromptTemplate<Vars, Output>,
  options: ModelCallOptions<Vars>,
): Promise<ModelAnswer<Output>> {
  const { provider, key } = options;
  const messages = renderPrompt(template, options.vars);
  const compute = async (): Promise<ModelAnswer<Output>> => {
    const result = await completeStructured(
      provider,
      {
        messages,
        jsonSchema: {
          name: template.id.replace(/[^a-zA-Z0-9_-]/g, '_'),
          schema: template.jsonSchema,
        },
        signal: options.signal,
        maxTokens: options.maxTokens,
        // Low temperature: rewrites should stay close to the source, not get creative.
        temperature: 0.2,
      },
      template.output,
    );
    return { data: result.data as Output, model: result.model };
  };
  if (!options.cachedCall) return compute();
  const cacheKey = completionCacheKey({
    resumeHash: sha256(key.resumeText),
    jobDescriptionHash: key.jobDescription === null ? null : sha256(key.jobDescription),
    promptVersion: promptCacheKeyPart(template),
    model: provider.model,
    variant: key.variant,
  });
  return options.cachedCall(cacheKey, compute);
}
