/**
 * The limiter against a throwaway redis-server that dies and comes back: limits keep holding
 * locally during the outage and become shared again afterwards. Skipped without redis-server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RateLimitStore } from '../../../src/store/ports.js';
import { createRateLimitStore } from '../../../src/store/rate-limit/create-rate-limit-store.js';
import {
  createRecordingLogger,
  findFreePort,
  hasRedisServerBinary,
  ThrowawayRedis,
  waitForHealth,
} from '../cache/support/redis-test-support.js';

describe.skipIf(!hasRedisServerBinary)('redis rate-limit store across a Redis restart', () => {
  let redis: ThrowawayRedis;
  let first: RateLimitStore;
  let second: RateLimitStore;
  const logger = createRecordingLogger();

  beforeAll(async () => {
    redis = new ThrowawayRedis(await findFreePort());
    await redis.start();
    first = createRateLimitStore({ redisUrl: redis.url, logger });
    second = createRateLimitStore({ redisUrl: redis.url });
    await waitForHealth(first, 'ok');
    await waitForHealth(second, 'ok');
  });

  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
    await redis.stop();
  });

  it('limits locally while Redis is down and shares limits again once it is back', async () => {
    expect((await first.hit('ip:a', 2, 60_000)).remaining).toBe(1);
    expect((await second.hit('ip:a', 2, 60_000)).remaining).toBe(0);

    await redis.stop();
    await waitForHealth(first, 'degraded');
    // Local counting starts afresh per instance: per-instance limits, not none.
    const local = [];
    for (let i = 0; i < 3; i += 1) local.push(await first.hit('ip:b', 2, 60_000));
    expect(local.map((r) => r.allowed)).toEqual([true, true, false]);
    expect(logger.lines.map((line) => line.level)).toEqual(['warn']);

    await redis.start();
    await waitForHealth(first, 'ok');
    await waitForHealth(second, 'ok');
    expect((await first.hit('ip:c', 2, 60_000)).remaining).toBe(1);
    expect((await second.hit('ip:c', 2, 60_000)).remaining).toBe(0);
    expect((await first.hit('ip:c', 2, 60_000)).allowed).toBe(false);
    expect(logger.lines.map((line) => line.level)).toEqual(['warn', 'info']);
  });
});
