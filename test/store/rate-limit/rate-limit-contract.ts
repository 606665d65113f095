/**
 * Behaviour every RateLimitStore must show, run against memory and (when REDIS_URL is set) Redis.
 */
import { describe, expect, it } from 'vitest';
import type { RateLimitStore } from '../../../src/store/ports.js';

export function describeRateLimitContract(
  name: string,
  makeStore: () => Promise<RateLimitStore>,
): void {
  describe(`${name} rate-limit contract`, () => {
    it('allows up to the limit, counting remaining down, then refuses', async () => {
      const store = await makeStore();
      const results = [];
      for (let i = 0; i < 4; i += 1) results.push(await store.hit('ip:1', 3, 60_000));
      expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
      expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
      expect(results.every((r) => r.limit === 3)).toBe(true);
      expect(results[3]!.resetMs).toBeGreaterThan(0);
      expect(results[3]!.resetMs).toBeLessThanOrEqual(60_000);
      await store.close();
    });

    it('counts keys and window lengths separately', async () => {
      const store = await makeStore();
      await store.hit('ip:a', 1, 60_000);
      expect((await store.hit('ip:a', 1, 60_000)).allowed).toBe(false);
      expect((await store.hit('ip:b', 1, 60_000)).allowed).toBe(true);
      expect((await store.hit('ip:a', 1, 3_600_000)).allowed).toBe(true);
      await store.close();
    });

    it('refuses everything with a limit of zero', async () => {
      const store = await makeStore();
      const result = await store.hit('ip:z', 0, 1_000);
      expect(result).toMatchObject({ allowed: false, remaining: 0, limit: 0 });
      await store.close();
    });

    it('rejects a nonsense limit or window', async () => {
      const store = await makeStore();
      await expect(store.hit('k', -1, 1_000)).rejects.toThrow(RangeError);
      await expect(store.hit('k', 1.5, 1_000)).rejects.toThrow(RangeError);
      await expect(store.hit('k', 1, 0)).rejects.toThrow(RangeError);
      await store.close();
    });
  });
}
