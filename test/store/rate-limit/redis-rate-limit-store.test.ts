import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RateLimitStore } from '../../../src/store/ports.js';
import { createRateLimitStore } from '../../../src/store/rate-limit/create-rate-limit-store.js';
import {
  deleteKeysWithPrefix,
  redisUrl,
  uniquePrefix,
  waitForHealth,
} from '../cache/support/redis-test-support.js';
import { describeRateLimitContract } from './rate-limit-contract.js';

const prefix = uniquePrefix();

async function openStore(): Promise<RateLimitStore> {
  const store = createRateLimitStore({ redisUrl, keyPrefix: prefix });
  await waitForHealth(store, 'ok');
  return store;
}

describe.skipIf(!redisUrl)('redis rate-limit store (REDIS_URL)', () => {
  let raw: Redis;
  const opened: RateLimitStore[] = [];
  const open = async () => {
    const store = await openStore();
    opened.push(store);
    return store;
  };

  beforeAll(() => {
    raw = new Redis(redisUrl);
  });

  afterAll(async () => {
    await Promise.all(opened.map((store) => store.close()));
    await deleteKeysWithPrefix(redisUrl, prefix);
    await raw.quit();
  });

  // Each contract test uses its own keys, and a fresh prefix keeps runs apart.
  describeRateLimitContract('redis', openStore);

  it('is chosen when a Redis URL is configured', async () => {
    expect((await open()).kind).toBe('redis');
  });

  it('shares one limit between two instances, as between two servers', async () => {
    const first = await open();
    const second = await open();
    const results = [
      await first.hit('ip:shared', 4, 60_000),
      await second.hit('ip:shared', 4, 60_000),
      await first.hit('ip:shared', 4, 60_000),
      await second.hit('ip:shared', 4, 60_000),
      await first.hit('ip:shared', 4, 60_000),
    ];
    expect(results.map((r) => r.remaining)).toEqual([3, 2, 1, 0, 0]);
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, false]);
  });

  it('never over-admits under concurrent hits from two instances', async () => {
    const first = await open();
    const second = await open();
    const hits = Array.from({ length: 40 }, (_, i) =>
      (i % 2 === 0 ? first : second).hit('ip:burst', 25, 60_000),
    );
    const results = await Promise.all(hits);
    expect(results.filter((r) => r.allowed)).toHaveLength(25);
  });

  it('opens a new window after the old one expires', async () => {
    const store = await open();
    await store.hit('ip:window', 1, 150);
    expect((await store.hit('ip:window', 1, 150)).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await store.hit('ip:window', 1, 150)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('gives a counter that lost its expiry a new one, so nobody is locked out forever', async () => {
    const store = await open();
    await raw.set(`${prefix}60000:ip:stuck`, '99');
    const result = await store.hit('ip:stuck', 5, 60_000);
    expect(result.allowed).toBe(false);
    expect(result.resetMs).toBe(60_000);
    expect(await raw.pttl(`${prefix}60000:ip:stuck`)).toBeGreaterThan(0);
  });
});
