import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCache, type CacheOptions } from '../../../src/store/cache/create-cache.js';
import type { Cache } from '../../../src/store/ports.js';
import { describeCacheContract } from './cache-contract.js';
import {
  deleteKeysWithPrefix,
  redisUrl,
  uniquePrefix,
  waitForHealth,
} from './support/redis-test-support.js';

const prefix = uniquePrefix();

async function openCache(options: CacheOptions = {}): Promise<Cache> {
  const cache = createCache({ redisUrl, keyPrefix: prefix, ...options });
  await waitForHealth(cache, 'ok');
  return cache;
}

describe.skipIf(!redisUrl)('redis cache (REDIS_URL)', () => {
  let raw: Redis;
  const opened: Cache[] = [];
  const open = async (options?: CacheOptions) => {
    const cache = await openCache(options);
    opened.push(cache);
    return cache;
  };

  beforeAll(() => {
    raw = new Redis(redisUrl);
  });

  afterAll(async () => {
    await Promise.all(opened.map((cache) => cache.close()));
    await deleteKeysWithPrefix(redisUrl, prefix);
    await raw.quit();
  });

  describeCacheContract('redis', openCache);

  it('is chosen when a Redis URL is configured', async () => {
    expect((await open()).kind).toBe('redis');
  });

  it('stores JSON under the key prefix with a millisecond expiry', async () => {
    const cache = await open();
    await cache.set('stored', { overall: 72 }, 30);
    expect(await raw.get(`${prefix}stored`)).toBe('{"overall":72}');
    const ttl = await raw.pttl(`${prefix}stored`);
    expect(ttl).toBeGreaterThan(29_000);
    expect(ttl).toBeLessThanOrEqual(30_000);
  });

  it('lets the entry expire at its TTL', async () => {
    const cache = await open();
    await cache.set('short', 'v', 0.15);
    expect(await cache.get('short')).toBe('v');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await cache.get('short')).toBeUndefined();
  });

  it('shares entries between two instances, as between two servers', async () => {
    const first = await open();
    const second = await open();
    await first.getOrCompute('shared', 60, async () => 'from the first server');
    let calls = 0;
    const value = await second.getOrCompute('shared', 60, async () => {
      calls += 1;
      return 'from the second server';
    });
    expect(value).toBe('from the first server');
    expect(calls).toBe(0);
  });

  it('reads a corrupt entry as a miss', async () => {
    const cache = await open();
    await raw.set(`${prefix}corrupt`, '{not json', 'PX', 60_000);
    expect(await cache.get('corrupt')).toBeUndefined();
    expect(await cache.getOrCompute('corrupt', 60, async () => 'fresh')).toBe('fresh');
    expect(await raw.get(`${prefix}corrupt`)).toBe('"fresh"');
  });

  it('keeps other prefixes apart', async () => {
    const mine = await open();
    const other = await open({ keyPrefix: `${prefix}other:` });
    await mine.set('k', 'mine', 60);
    expect(await other.get('k')).toBeUndefined();
  });
});
