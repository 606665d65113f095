import { describe, expect, it } from 'vitest';
import { LruStore } from '../../../src/store/cache/lru-store.js';

describe('LruStore', () => {
  it('evicts the least recently used entry when over the entry limit', () => {
    const lru = new LruStore<string>({ maxEntries: 2, maxBytes: 1_000 });
    lru.set('a', 'A', 1);
    lru.set('b', 'B', 1);
    expect(lru.get('a')).toBe('A');
    lru.set('c', 'C', 1);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
    expect(lru.get('c')).toBe('C');
    expect(lru.size).toBe(2);
  });

  it('evicts oldest entries until the byte budget holds', () => {
    const lru = new LruStore<string>({ maxEntries: 100, maxBytes: 10 });
    lru.set('a', 'A', 4);
    lru.set('b', 'B', 4);
    lru.set('c', 'C', 4);
    expect(lru.get('a')).toBeUndefined();
    expect(lru.bytes).toBe(8);
    lru.set('d', 'D', 9);
    expect(lru.size).toBe(1);
    expect(lru.bytes).toBe(9);
  });

  it('refuses an entry larger than the whole budget without evicting others', () => {
    const lru = new LruStore<string>({ maxEntries: 10, maxBytes: 10 });
    lru.set('a', 'A', 5);
    expect(lru.set('huge', 'H', 11)).toBe(false);
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
  });

  it('replacing a key adjusts the byte count instead of adding to it', () => {
    const lru = new LruStore<string>({ maxEntries: 10, maxBytes: 100 });
    lru.set('a', 'A', 30);
    lru.set('a', 'AA', 40);
    expect(lru.bytes).toBe(40);
    lru.delete('a');
    expect(lru.bytes).toBe(0);
    expect(lru.size).toBe(0);
  });

  it('rejects limits below one', () => {
    expect(() => new LruStore({ maxEntries: 0, maxBytes: 10 })).toThrow(RangeError);
    expect(() => new LruStore({ maxEntries: 10, maxBytes: Number.NaN })).toThrow(RangeError);
  });
});
