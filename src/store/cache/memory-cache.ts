/**
 * The embedded cache: an LRU in this process, bounded by entries and bytes, with per-entry TTLs
 * checked against an injectable clock. Expired entries are dropped when read and otherwise age
 * out through LRU eviction, so no timer is needed.
 */
import { Buffer } from 'node:buffer';
import type { Cache } from '../ports.js';
import { parseValue, serializeValue, ttlToMs } from './cache-values.js';
import { createGetOrCompute } from './create-get-or-compute.js';
import { LruStore } from './lru-store.js';

export interface MemoryCacheOptions {
  maxEntries?: number;
  maxBytes?: number;
  now?: () => number;
}

interface Entry {
  json: string;
  expiresAt: number;
}

// Reports are tens of kilobytes; these defaults hold a few thousand within a modest heap.
export const defaultMaxEntries = 5_000;
export const defaultMaxBytes = 64 * 1024 * 1024;

export function createMemoryCache(options: MemoryCacheOptions = {}): Cache {
  const now = options.now ?? Date.now;
  const entries = new LruStore<Entry>({
    maxEntries: options.maxEntries ?? defaultMaxEntries,
    maxBytes: options.maxBytes ?? defaultMaxBytes,
  });
  let isClosed = false;

  const base = {
    kind: 'memory',
    async get<T>(key: string): Promise<T | undefined> {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return parseValue<T>(entry.json);
    },
    async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
      const ttlMs = ttlToMs(ttlSeconds);
      const json = serializeValue(value);
      if (json === undefined || isClosed) return;
      // UTF-8 length of key and value: close enough to the heap cost to bound memory.
      const bytes = Buffer.byteLength(key) + Buffer.byteLength(json);
      entries.set(key, { json, expiresAt: now() + ttlMs }, bytes);
    },
    async delete(key: string): Promise<void> {
      entries.delete(key);
    },
    health: () => (isClosed ? 'down' : 'ok'),
    async close(): Promise<void> {
      isClosed = true;
      entries.clear();
    },
  } satisfies Omit<Cache, 'getOrCompute'>;
  return { ...base, getOrCompute: createGetOrCompute(base) };
}
