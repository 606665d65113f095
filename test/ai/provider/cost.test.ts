import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cachedCompletion,
  completionCacheKey,
  createDailyTokenBudget,
  createMeteredProvider,
  createUsageLedger,
  LlmBudgetExceededError,
  type CompletionKeyParts,
} from '../../../src/ai/cost/index.js';
import type { LlmRequest } from '../../../src/ai/ports.js';
import { createOpenAiCompatibleProvider } from '../../../src/ai/provider/index.js';
import { createCache } from '../../../src/store/cache/index.js';
import {
  reply,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
} from '../../helpers/fake-openai-server.js';

const request: LlmRequest = { messages: [{ role: 'user', content: 'hello' }] };
const usage = { prompt_tokens: 60, completion_tokens: 40 };

let server: FakeOpenAiServer;
beforeEach(async () => {
  server = await startFakeOpenAiServer();
  server.fallback = reply.text('ok', { usage });
});
afterEach(async () => {
  await server.close();
});

const makeHttp = () =>
  createOpenAiCompatibleProvider({
    baseUrl: server.baseUrl,
    model: 'fake-model',
    timeoutMs: 5_000,
    maxTokens: 100,
  });

describe('metered provider', () => {
  it('records calls by outcome with latency and tokens', async () => {
    const ledger = createUsageLedger();
    const seen: string[] = [];
    ledger.onRecord((call) => seen.push(call.outcome));
    let now = 1_000;
    const provider = createMeteredProvider(makeHttp(), { ledger, clock: () => (now += 25) });
    server.enqueue(reply.text('ok', { usage }), reply.serverError(500));
    await provider.complete(request);
    await provider.complete(request).catch(() => undefined);
    expect(ledger.snapshot()).toEqual({
      calls: { ok: 1, LLM_UPSTREAM_FAILED: 1 },
      totalDurationMs: 50,
      promptTokens: 60,
      completionTokens: 40,
    });
    expect(seen).toEqual(['ok', 'LLM_UPSTREAM_FAILED']);
  });

  it('stops calling once the daily budget is spent, and resumes the next UTC day', async () => {
    let now = Date.parse('2026-03-01T23:00:00Z');
    const budget = createDailyTokenBudget({ dailyTokens: 150, clock: () => now });
    const ledger = createUsageLedger();
    const provider = createMeteredProvider(makeHttp(), { ledger, budget });
    await provider.complete(request); // 100 tokens
    await provider.complete(request); // 200: over the cap, but it was allowed to start
    await expect(provider.complete(request)).rejects.toBeInstanceOf(LlmBudgetExceededError);
    expect(server.requests).toHaveLength(2);
    expect(ledger.snapshot().calls.LLM_BUDGET_EXCEEDED).toBe(1);
    expect(budget.snapshot()).toMatchObject({ day: '2026-03-01', used: 200, remaining: 0 });

    now = Date.parse('2026-03-02T00:00:01Z');
    await provider.complete(request);
    expect(server.requests).toHaveLength(3);
    expect(budget.snapshot()).toMatchObject({ day: '2026-03-02', used: 100, remaining: 50 });
  });

  it('treats a budget of 0 as unlimited', async () => {
    const budget = createDailyTokenBudget({ dailyTokens: 0 });
    const provider = createMeteredProvider(makeHttp(), { ledger: createUsageLedger(), budget });
    for (let i = 0; i < 3; i++) await provider.complete(request);
    expect(budget.snapshot()).toMatchObject({ used: 300, remaining: Infinity });
  });
});

describe('cachedCompletion', () => {
  const parts: CompletionKeyParts = {
    resumeHash: 'a'.repeat(64),
    jobDescriptionHash: 'b'.repeat(64),
    promptVersion: 'premium-analysis@1',
    model: 'fake-model',
  };

  it('serves a repeated request from the cache with zero provider calls', async () => {
    const cache = createCache();
    const provider = makeHttp();
    const compute = () => provider.complete(request).then((r) => r.content);
    expect(await cachedCompletion(cache, parts, compute)).toBe('ok');
    expect(await cachedCompletion(cache, { ...parts }, compute)).toBe('ok');
    expect(server.requests).toHaveLength(1);
  });

  it('computes concurrent identical requests once', async () => {
    server.fallback = reply.text('slow ok', { delayMs: 50 });
    const cache = createCache();
    const provider = makeHttp();
    const compute = () => provider.complete(request).then((r) => r.content);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => cachedCompletion(cache, parts, compute)),
    );
    expect(answers).toEqual(Array(5).fill('slow ok'));
    expect(server.requests).toHaveLength(1);
  });

  it('does not cache failures', async () => {
    server.enqueue(reply.serverError(500));
    const cache = createCache();
    const provider = makeHttp();
    const compute = () => provider.complete(request).then((r) => r.content);
    await expect(cachedCompletion(cache, parts, compute)).rejects.toMatchObject({
      code: 'LLM_UPSTREAM_FAILED',
    });
    expect(await cachedCompletion(cache, parts, compute)).toBe('ok');
    expect(server.requests).toHaveLength(2);
  });

  it('keys on every part: resume, job description, prompt version, model and variant', () => {
    const base = completionCacheKey(parts);
    const variants: CompletionKeyParts[] = [
      { ...parts, resumeHash: 'c'.repeat(64) },
      { ...parts, jobDescriptionHash: null },
      { ...parts, promptVersion: 'premium-analysis@2' },
      { ...parts, model: 'other-model' },
      { ...parts, variant: { tone: 'formal' } },
    ];
    const keys = new Set([base, ...variants.map(completionCacheKey)]);
    expect(keys.size).toBe(6);
    expect(completionCacheKey({ ...parts, variant: { a: 1, b: 2 } })).toBe(
      completionCacheKey({ ...parts, variant: { b: 2, a: 1 } }),
    );
  });

  it('computes every time when the TTL is 0 (cache off)', async () => {
    const cache = createCache();
    const provider = makeHttp();
    const compute = () => provider.complete(request).then((r) => r.content);
    await cachedCompletion(cache, parts, compute, { ttlSeconds: 0 });
    await cachedCompletion(cache, parts, compute, { ttlSeconds: 0 });
    expect(server.requests).toHaveLength(2);
  });
});
