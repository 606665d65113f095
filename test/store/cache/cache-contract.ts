/**
 * Behaviour every Cache must show, run against memory and (when REDIS_URL is set) Redis, so the
 * two implementations cannot drift apart.
 */
import { describe, expect, it } from 'vitest';
import type { Cache } from '../../../src/store/ports.js';

export function describeCacheContract(name: string, makeCache: () => Promise<Cache>): void {
  describe(`${name} cache contract`, () => {
    it('returns what was set, as a copy', async () => {
      const cache = await makeCache();
      const value = { score: 87, findings: [{ code: 'NO_EMAIL' }] };
      await cache.set('report', value, 60);
      const read = await cache.get<typeof value>('report');
      expect(read).toEqual(value);
      expect(read).not.toBe(value);
      await cache.close();
    });

    it('returns a string exactly as set, line breaks and lone surrogates included', async () => {
      const cache = await makeCache();
      const value = `{"ok":true}\n{"text":"line\\nbreak \uD800 履"}\n"quoted"`;
      await cache.set('text', value, 60);
      expect(await cache.get('text')).toBe(value);
      await cache.close();
    });

    it('misses on unknown and deleted keys', async () => {
      const cache = await makeCache();
      expect(await cache.get('never-set')).toBeUndefined();
      await cache.set('gone', 'x', 60);
      await cache.delete('gone');
      expect(await cache.get('gone')).toBeUndefined();
      await cache.close();
    });

    it('computes once for ten concurrent callers and shares the value', async () => {
      const cache = await makeCache();
      let calls = 0;
      const compute = async () => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { computed: calls };
      };
      const results = await Promise.all(
        Array.from({ length: 10 }, () => cache.getOrCompute('flight', 60, compute)),
      );
      expect(calls).toBe(1);
      expect(results.every((result) => result.computed === 1)).toBe(true);
      expect(await cache.getOrCompute('flight', 60, compute)).toEqual({ computed: 1 });
      expect(calls).toBe(1);
      await cache.close();
    });

    it('does not cache a failed computation and retries it next time', async () => {
      const cache = await makeCache();
      let calls = 0;
      const failing = async (): Promise<string> => {
        calls += 1;
        throw new Error('engine exploded');
      };
      const waiters = Array.from({ length: 3 }, () => cache.getOrCompute('fails', 60, failing));
      for (const waiter of waiters) await expect(waiter).rejects.toThrow('engine exploded');
      expect(calls).toBe(1);
      expect(await cache.get('fails')).toBeUndefined();
      expect(await cache.getOrCompute('fails', 60, async () => 'recovered')).toBe('recovered');
      await cache.close();
    });

    it('rejects a non-positive TTL before computing', async () => {
      const cache = await makeCache();
      let calls = 0;
      const compute = async () => (calls += 1);
      await expect(cache.getOrCompute('ttl', 0, compute)).rejects.toThrow(RangeError);
      await expect(cache.set('ttl', 1, -5)).rejects.toThrow(RangeError);
      expect(calls).toBe(0);
      await cache.close();
    });

    it('reports healthy while open and down once closed', async () => {
      const cache = await makeCache();
      expect(cache.health()).toBe('ok');
      await cache.close();
      expect(cache.health()).toBe('down');
    });
  });
}
