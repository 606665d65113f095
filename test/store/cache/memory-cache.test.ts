import { describe, expect, it } from 'vitest';
import { createCache } from '../../../src/store/cache/create-cache.js';
import { describeCacheContract } from './cache-contract.js';

describeCacheContract('memory', async () => createCache());

describe('memory cache', () => {
  it('is the default when no Redis URL is configured', () => {
    expect(createCache({ redisUrl: '' }).kind).toBe('memory');
  });

  it('expires entries at their TTL on the injected clock', async () => {
    let now = 1_000_000;
    const cache = createCache({ now: () => now });
    await cache.set('k', 'v', 10);
    now += 9_999;
    expect(await cache.get('k')).toBe('v');
    now += 1;
    expect(await cache.get('k')).toBeUndefined();
  });

  it('recomputes through getOrCompute once an entry has expired', async () => {
    let now = 0;
    const cache = createCache({ now: () => now });
    let calls = 0;
    const compute = async () => (calls += 1);
    expect(await cache.getOrCompute('k', 1, compute)).toBe(1);
    now += 500;
    expect(await cache.getOrCompute('k', 1, compute)).toBe(1);
    now += 500;
    expect(await cache.getOrCompute('k', 1, compute)).toBe(2);
  });

  it('evicts the least recently used entry past maxEntries', async () => {
    const cache = createCache({ maxEntries: 2 });
    await cache.set('a', 1, 60);
    await cache.set('b', 2, 60);
    await cache.get('a');
    await cache.set('c', 3, 60);
    expect(await cache.get('a')).toBe(1);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('c')).toBe(3);
  });

  it('evicts by approximate bytes of key and JSON value', async () => {
    // Each entry: 1-byte key + 100-byte string (kept as it is, not as JSON) = 101 bytes.
    const cache = createCache({ maxEntries: 100, maxBytes: 250 });
    const payload = 'x'.repeat(100);
    await cache.set('a', payload, 60);
    await cache.set('b', payload, 60);
    await cache.set('c', payload, 60);
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('b')).toBe(payload);
    expect(await cache.get('c')).toBe(payload);
  });

  it('counts multi-byte text by its UTF-8 size', async () => {
    const cache = createCache({ maxEntries: 100, maxBytes: 100 });
    // 40 characters, 120 bytes in UTF-8: too big although short in characters.
    await cache.set('k', '履'.repeat(40), 60);
    expect(await cache.get('k')).toBeUndefined();
  });

  it('keeps no reference to the stored object', async () => {
    const cache = createCache();
    const value = { skills: ['TypeScript'] };
    await cache.set('k', value, 60);
    value.skills.push('mutated after set');
    expect(await cache.get('k')).toEqual({ skills: ['TypeScript'] });
  });

  it('stores nothing for an undefined value, so get still misses', async () => {
    const cache = createCache();
    let calls = 0;
    const compute = async () => {
      calls += 1;
      return undefined;
    };
    await cache.getOrCompute('k', 60, compute);
    await cache.getOrCompute('k', 60, compute);
    expect(calls).toBe(2);
  });
});
