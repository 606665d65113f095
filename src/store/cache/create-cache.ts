/**
 * The cache factory the server and worker call: in-memory LRU by default, Redis when a URL is
 * configured (DESIGN.md, principle 5).
 */
import type { Cache } from '../ports.js';
import type { StoreLogger } from '../redis/store-logger.js';
import { createMemoryCache } from './memory-cache.js';
import { createRedisCache } from './redis-cache.js';

export interface CacheOptions {
  redisUrl?: string;
  /** Memory cache only: entry bound. */
  maxEntries?: number;
  /** Memory cache only: approximate byte bound (UTF-8 size of keys and JSON values). */
  maxBytes?: number;
  /** Redis cache only: prefix for every key, so several apps or test runs can share a Redis. */
  keyPrefix?: string;
  logger?: StoreLogger;
  /** Memory cache only: clock for TTLs, injectable for tests. */
  now?: () => number;
}

export function createCache(options: CacheOptions = {}): Cache {
  if (options.redisUrl) {
    return createRedisCache({
      redisUrl: options.redisUrl,
      keyPrefix: options.keyPrefix,
      logger: options.logger,
    });
  }
  return createMemoryCache(options);
}
