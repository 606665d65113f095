/**
 * The rate-limit store factory the server calls: in-memory counters by default, Redis when a URL
 * is configured so limits hold across instances (DESIGN.md, "Storage, cache, queue").
 */
import type { RateLimitStore } from '../ports.js';
import type { StoreLogger } from '../redis/store-logger.js';
import { createMemoryRateLimitStore } from './memory-rate-limit-store.js';
import { createRedisRateLimitStore } from './redis-rate-limit-store.js';

export interface RateLimitStoreOptions {
  redisUrl?: string;
  /** Redis only: prefix for every key, so several apps or test runs can share a Redis. */
  keyPrefix?: string;
  logger?: StoreLogger;
  /** Memory store only: clock, injectable for tests. */
  now?: () => number;
}

export function createRateLimitStore(options: RateLimitStoreOptions = {}): RateLimitStore {
  if (options.redisUrl) {
    return createRedisRateLimitStore({
      redisUrl: options.redisUrl,
      keyPrefix: options.keyPrefix,
      logger: options.logger,
    });
  }
  return createMemoryRateLimitStore({ now: options.now });
}
