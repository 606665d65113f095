/**
 * Redis configured but nothing listening (needs no server): the limiter falls back to local
 * counting, so limits still hold per instance, and reports degraded.
 */
import { describe, expect, it } from 'vitest';
import { createRateLimitStore } from '../../../src/store/rate-limit/create-rate-limit-store.js';
import { createRecordingLogger } from '../cache/support/redis-test-support.js';

describe('redis rate-limit store with Redis unreachable', () => {
  it('limits locally, quickly, and reports degraded', async () => {
    const logger = createRecordingLogger();
    const store = createRateLimitStore({ redisUrl: 'redis://127.0.0.1:1', logger });
    expect(store.kind).toBe('redis');
    const started = performance.now();
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await store.hit('ip:1', 3, 60_000));
    expect(performance.now() - started).toBeLessThan(100);
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(store.health()).toBe('degraded');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(logger.lines.map((line) => [line.level, line.context.store])).toEqual([
      ['warn', 'rate-limit'],
    ]);
    await store.close();
    expect(store.health()).toBe('down');
  });
});
