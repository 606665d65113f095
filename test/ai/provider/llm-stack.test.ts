import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LlmSettings } from '../../../src/config.js';
import { createLlmStack } from '../../../src/ai/provider/index.js';
import {
  reply,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
} from '../../helpers/fake-openai-server.js';

const request = { messages: [{ role: 'user' as const, content: 'hello' }] };

let server: FakeOpenAiServer;
beforeEach(async () => {
  server = await startFakeOpenAiServer();
});
afterEach(async () => {
  await server.close();
});

const settings = (overrides: Partial<LlmSettings> = {}): LlmSettings => ({
  baseUrl: server.baseUrl,
  model: 'fake-model',
  apiKey: 'sk-stack-test-key-0000',
  timeoutMs: 2_000,
  maxTokens: 200,
  maxConcurrency: 2,
  dailyTokenBudget: 0,
  ...overrides,
});

describe('createLlmStack', () => {
  it('is the "none" provider with a disabled breaker when no model is configured', async () => {
    const stack = createLlmStack(settings({ baseUrl: undefined }));
    expect(stack.provider.name).toBe('none');
    expect(stack.breakerState()).toBe('disabled');
    await expect(stack.provider.complete(request)).rejects.toMatchObject({
      code: 'LLM_UNAVAILABLE',
    });
  });

  it('retries through the stack and records one logical call with its tokens', async () => {
    server.enqueue(
      reply.serverError(503),
      reply.text('fine', { usage: { prompt_tokens: 9, completion_tokens: 3 } }),
    );
    const stack = createLlmStack(settings(), {
      resilience: { initialBackoffMs: 1, maxBackoffMs: 5 },
    });
    expect((await stack.provider.complete(request)).content).toBe('fine');
    expect(server.requests).toHaveLength(2);
    expect(stack.ledger.snapshot()).toMatchObject({
      calls: { ok: 1 },
      promptTokens: 9,
      completionTokens: 3,
    });
    expect(stack.budget.snapshot().used).toBe(12);
    expect(stack.breakerState()).toBe('closed');
  });

  it('refuses calls over the daily budget before they reach the server', async () => {
    server.fallback = reply.text('x', { usage: { prompt_tokens: 10, completion_tokens: 10 } });
    const stack = createLlmStack(settings({ dailyTokenBudget: 15 }));
    await stack.provider.complete(request);
    await expect(stack.provider.complete(request)).rejects.toMatchObject({
      code: 'LLM_BUDGET_EXCEEDED',
    });
    expect(server.requests).toHaveLength(1);
  });
});
