import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from '../../../src/store/rate-limit/memory-rate-limit-store.js';
import { createRateLimitStore } from '../../../src/store/rate-limit/create-rate-limit-store.js';
import { describeRateLimitContract } from './rate-limit-contract.js';

describeRateLimitContract('memory', async () => createRateLimitStore());

describe('memory rate-limit store', () => {
  it('is the default when no Redis URL is configured', async () => {
    const store = createRateLimitStore();
    expect(store.kind).toBe('memory');
    expect(store.health()).toBe('ok');
    await store.close();
    expect(store.health()).toBe('down');
  });

  it('opens a fresh window once the old one has ended', async () => {
    let now = 0;
    const store = createRateLimitStore({ now: () => now });
    await store.hit('k', 2, 1_000);
    now = 400;
    const second = await store.hit('k', 2, 1_000);
    expect(second).toMatchObject({ allowed: true, remaining: 0, resetMs: 600 });
    expect((await store.hit('k', 2, 1_000)).allowed).toBe(false);
    now = 999;
    expect((await store.hit('k', 2, 1_000)).allowed).toBe(false);
    now = 1_000;
    expect(await store.hit('k', 2, 1_000)).toEqual({
      allowed: true,
      limit: 2,
      remaining: 1,
      resetMs: 1_000,
    });
  });

  it('sweeps ended windows so idle clients do not hold memory', async () => {
    let now = 0;
    const store = createMemoryRateLimitStore({ now: () => now, sweepIntervalMs: 100, maxKeys: 2 });
    await store.hit('old-1', 1, 50);
    await store.hit('old-2', 1, 50);
    now = 100;
    // The sweep frees both ended windows, so the live ones below are not displaced.
    await store.hit('new-1', 1, 10_000);
    await store.hit('new-2', 1, 10_000);
    expect((await store.hit('new-1', 1, 10_000)).allowed).toBe(false);
    expect((await store.hit('new-2', 1, 10_000)).allowed).toBe(false);
  });

  it('bounds the number of tracked keys by dropping the oldest window', async () => {
    const store = createMemoryRateLimitStore({ now: () => 0, maxKeys: 2 });
    await store.hit('a', 1, 60_000);
    await store.hit('b', 1, 60_000);
    await store.hit('c', 1, 60_000);
    // 'a' was dropped, so it starts over; 'c' is still counted.
    expect((await store.hit('a', 1, 60_000)).allowed).toBe(true);
    expect((await store.hit('c', 1, 60_000)).allowed).toBe(false);
  });
});
