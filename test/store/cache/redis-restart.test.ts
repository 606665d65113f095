/**
 * The real outage path against a throwaway redis-server: killed mid-test, the cache degrades to
 * misses; restarted, it recovers by itself. A paused (SIGSTOP) server shows that a hung Redis
 * costs at most one command timeout. Skipped when redis-server is not on PATH.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCache } from '../../../src/store/cache/create-cache.js';
import type { Cache } from '../../../src/store/ports.js';
import {
  createRecordingLogger,
  findFreePort,
  hasRedisServerBinary,
  ThrowawayRedis,
  waitForHealth,
} from './support/redis-test-support.js';

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe.skipIf(!hasRedisServerBinary)('redis cache across a Redis restart', () => {
  let redis: ThrowawayRedis;
  let cache: Cache;
  const logger = createRecordingLogger();

  beforeAll(async () => {
    redis = new ThrowawayRedis(await findFreePort());
    await redis.start();
    cache = createCache({ redisUrl: redis.url, keyPrefix: 'restart:', logger });
    await waitForHealth(cache, 'ok');
  });

  afterAll(async () => {
    await cache.close();
    await redis.stop();
  });

  it('degrades to fast misses when Redis dies and recovers when it returns', async () => {
    await cache.set('k', 'before', 60);
    expect(await cache.get('k')).toBe('before');

    await redis.stop();
    await waitForHealth(cache, 'degraded');
    const miss = await timed(() => cache.get('k'));
    expect(miss.value).toBeUndefined();
    expect(miss.ms).toBeLessThan(100);
    expect(await cache.getOrCompute('k', 60, async () => 'computed')).toBe('computed');
    expect(logger.lines.map((line) => line.level)).toEqual(['warn']);

    await redis.start();
    await waitForHealth(cache, 'ok');
    await cache.set('k', 'after', 60);
    expect(await cache.get('k')).toBe('after');
    expect(logger.lines.map((line) => line.level)).toEqual(['warn', 'info']);
  });

  it('bounds a hung Redis to one command timeout, then skips it until it answers', async () => {
    await cache.set('k', 'v', 60);
    redis.signal('SIGSTOP');
    try {
      const first = await timed(() => cache.get('k'));
      expect(first.value).toBeUndefined();
      // 200 ms command timeout, with slack for a loaded CI machine.
      expect(first.ms).toBeLessThan(1_000);
      expect(cache.health()).toBe('degraded');
      const next = await timed(() => cache.get('k'));
      expect(next.ms).toBeLessThan(100);
    } finally {
      redis.signal('SIGCONT');
    }
    // The first reads after the pause may land in the skip window; poll until one succeeds.
    await vi.waitFor(async () => expect(await cache.get('k')).toBe('v'), { timeout: 10_000 });
    expect(cache.health()).toBe('ok');
  });
});
