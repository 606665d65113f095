import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LlmRequest } from '../../../src/ai/ports.js';
import { createOpenAiCompatibleProvider } from '../../../src/ai/provider/index.js';
import {
  createResilientProvider,
  type ResilienceOptions,
} from '../../../src/ai/resilience/index.js';
import {
  reply,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
} from '../../helpers/fake-openai-server.js';

const request: LlmRequest = { messages: [{ role: 'user', content: 'hello' }] };

let server: FakeOpenAiServer;
beforeEach(async () => {
  server = await startFakeOpenAiServer();
  server.fallback = reply.text('ok');
});
afterEach(async () => {
  await server.close();
});

// Tiny timings keep the suite fast; behaviour does not depend on the magnitudes.
function makeResilient(options: Partial<ResilienceOptions> = {}, clock?: () => number) {
  const http = createOpenAiCompatibleProvider({
    baseUrl: server.baseUrl,
    model: 'fake-model',
    apiKey: 'sk-test-resilience-key-000',
    timeoutMs: 5_000,
    maxTokens: 100,
  });
  return createResilientProvider(
    http,
    {
      timeoutMs: 2_000,
      maxConcurrency: 4,
      maxRetries: 2,
      initialBackoffMs: 5,
      maxBackoffMs: 20,
      breakerThreshold: 100,
      breakerCooldownMs: 100,
      ...options,
    },
    { clock },
  );
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('retries', () => {
  it.each([
    ['500', reply.serverError(500)],
    ['503', reply.serverError(503)],
    ['408', reply.serverError(408)],
    ['409', reply.serverError(409)],
    ['429', reply.rateLimited()],
  ])('retries a %s and succeeds', async (_label, transient) => {
    server.enqueue(transient, transient);
    const response = await makeResilient().complete(request);
    expect(response.content).toBe('ok');
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after maxRetries with the last error', async () => {
    server.fallback = reply.serverError(502);
    const error = await failure(makeResilient({ maxRetries: 3 }).complete(request));
    expect(error).toMatchObject({ code: 'LLM_UPSTREAM_FAILED', status: 502 });
    expect(server.requests).toHaveLength(4);
  });

  it('does not retry insufficient_quota', async () => {
    server.enqueue(reply.insufficientQuota());
    const error = await failure(makeResilient().complete(request));
    expect(error).toMatchObject({ code: 'LLM_QUOTA_EXHAUSTED', status: 429 });
    expect(server.requests).toHaveLength(1);
  });

  it.each([400, 401, 403, 404, 422])('does not retry a %i', async (status) => {
    server.enqueue(
      reply.error(status, { error: { message: 'no', type: 'invalid_request_error', code: null } }),
    );
    const error = await failure(makeResilient().complete(request));
    expect(error).toMatchObject({ code: 'LLM_REQUEST_REJECTED', status });
    expect(server.requests).toHaveLength(1);
  });

  it('waits as long as Retry-After says (seconds)', async () => {
    server.enqueue(reply.rateLimited({ retryAfter: '0.3' }));
    const started = performance.now();
    await makeResilient().complete(request);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(server.requests).toHaveLength(2);
  });

  it('honours a Retry-After HTTP date against the injected clock', async () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    server.enqueue(reply.rateLimited({ retryAfter: new Date(now + 1_000).toUTCString() }));
    const started = performance.now();
    // The date is one second ahead of the clock; the cap shortens the wait to 150 ms.
    await makeResilient({ maxRetryAfterMs: 150 }, () => now).complete(request);
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(140);
    expect(waited).toBeLessThan(900);
  });

  it('caps a long Retry-After', async () => {
    server.enqueue(reply.rateLimited({ retryAfter: '3600' }));
    const started = performance.now();
    await makeResilient({ maxRetryAfterMs: 50 }).complete(request);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(server.requests).toHaveLength(2);
  });
});

describe('timeout', () => {
  it('aborts a hanging call after timeoutMs and retries it', async () => {
    server.enqueue(reply.hang(), reply.hang());
    const started = performance.now();
    const response = await makeResilient({ timeoutMs: 100 }).complete(request);
    expect(response.content).toBe('ok');
    expect(server.requests).toHaveLength(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('fails with LLM_TIMEOUT when every attempt hangs', async () => {
    server.fallback = reply.hang();
    const started = performance.now();
    const error = await failure(makeResilient({ timeoutMs: 80, maxRetries: 1 }).complete(request));
    expect(error).toMatchObject({ code: 'LLM_TIMEOUT' });
    expect(server.requests).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('stops at once, without retrying, when the caller cancels', async () => {
    server.fallback = reply.hang();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(
      makeResilient({ timeoutMs: 1_000 }).complete({ ...request, signal: controller.signal }),
    );
    expect(error).toMatchObject({ code: 'LLM_ABORTED' });
    expect(server.requests).toHaveLength(1);
  });
});

describe('circuit breaker', () => {
  it('opens after N consecutive failures and then fails fast without calling', async () => {
    server.fallback = reply.serverError(500);
    const provider = makeResilient({
      breakerThreshold: 3,
      maxRetries: 0,
      breakerCooldownMs: 10_000,
    });
    for (let i = 0; i < 3; i++) {
      expect(await failure(provider.complete(request))).toMatchObject({
        code: 'LLM_UPSTREAM_FAILED',
      });
    }
    expect(provider.breakerState()).toBe('open');
    expect(await failure(provider.complete(request))).toMatchObject({ code: 'LLM_CIRCUIT_OPEN' });
    expect(server.requests).toHaveLength(3);
  });

  it('counts retried attempts and stops retrying once open', async () => {
    server.fallback = reply.serverError(500);
    const provider = makeResilient({
      breakerThreshold: 2,
      maxRetries: 5,
      breakerCooldownMs: 10_000,
    });
    expect(await failure(provider.complete(request))).toMatchObject({ code: 'LLM_CIRCUIT_OPEN' });
    expect(server.requests).toHaveLength(2);
  });

  it('half-opens after the cooldown, probes once and closes on success', async () => {
    server.enqueue(reply.serverError(500), reply.serverError(500));
    const provider = makeResilient({ breakerThreshold: 2, maxRetries: 0, breakerCooldownMs: 100 });
    await failure(provider.complete(request));
    await failure(provider.complete(request));
    expect(provider.breakerState()).toBe('open');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(provider.breakerState()).toBe('half-open');
    expect((await provider.complete(request)).content).toBe('ok');
    expect(provider.breakerState()).toBe('closed');
    expect(server.requests).toHaveLength(3);
  });

  it('reopens when the half-open probe fails', async () => {
    server.fallback = reply.serverError(500);
    const provider = makeResilient({ breakerThreshold: 1, maxRetries: 0, breakerCooldownMs: 60 });
    await failure(provider.complete(request));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await failure(provider.complete(request))).toMatchObject({
      code: 'LLM_UPSTREAM_FAILED',
    });
    expect(provider.breakerState()).toBe('open');
    expect(await failure(provider.complete(request))).toMatchObject({ code: 'LLM_CIRCUIT_OPEN' });
    expect(server.requests).toHaveLength(2);
  });

  it('is not opened by our own bad requests', async () => {
    server.fallback = reply.error(400, {
      error: { message: 'bad', type: 'invalid_request_error', code: null },
    });
    const provider = makeResilient({ breakerThreshold: 2, maxRetries: 0 });
    for (let i = 0; i < 4; i++) await failure(provider.complete(request));
    expect(provider.breakerState()).toBe('closed');
    expect(server.requests).toHaveLength(4);
  });
});

describe('bulkhead', () => {
  it('never has more than maxConcurrency calls in flight', async () => {
    server.fallback = reply.text('ok', { delayMs: 60 });
    const provider = makeResilient({ maxConcurrency: 2, maxQueue: 10 });
    const results = await Promise.all(Array.from({ length: 6 }, () => provider.complete(request)));
    expect(results.every((r) => r.content === 'ok')).toBe(true);
    expect(server.maxInFlight).toBe(2);
  });

  it('rejects calls beyond the queue with LLM_OVERLOADED, without calling', async () => {
    server.fallback = reply.text('ok', { delayMs: 80 });
    const provider = makeResilient({ maxConcurrency: 1, maxQueue: 1 });
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map(() => provider.complete(request)));
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
    ]);
    expect((outcomes[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'LLM_OVERLOADED' });
    expect(server.requests).toHaveLength(2);
  });
});
