/**
 * The embedded cache: an LRU in this process, bounded by entries and bytes, with per-entry TTLs
 * checked against an injectable clock. Expired entries are dropped when read and otherwise age
 * out through LRU eviction, so no timer is needed.
 *
 * Values are kept as JSON, so a hit behaves like a Redis hit (cache-values.ts). A string is the one
 * exception: it is immutable and comes back from JSON unchanged, so it is kept as it is and a hit
 * costs no parse. Callers with a large payload (a report's JSON text) cache it as a string.
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
  /** The string value itself, or the JSON of any other value. */
  text: string;
  isString: boolean;
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
      return entry.isString ? (entry.text as T) : parseValue<T>(entry.text);
    },
    async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
      const ttlMs = ttlToMs(ttlSeconds);
      const isString = typeof value === 'string';
      const text = isString ? value : serializeValue(value);
      if (text === undefined || isClosed) return;
      // UTF-8 length of key and value: close enough to the heap cost to bound memory.
      const bytes = Buffer.byteLength(key) + Buffer.byteLength(text);
      entries.set(key, { text, isString, expiresAt: now() + ttlMs }, bytes);
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
