/**
 * The shared cache: JSON values in Redis under a key prefix, expiring through SET PX. When Redis
 * is unreachable or slow, reads are misses and writes are skipped, so callers just compute.
 *
 * Single flight is per instance: concurrent callers in one process compute once, but two servers
 * missing the same key at the same moment may each compute it. Analyses are deterministic, so the
 * cost is duplicate work, never a wrong answer, and a cross-instance lock would put a Redis round
 * trip (and its failure modes) on every miss.
 */
import type { Cache } from '../ports.js';
import { createRedisConnection } from '../redis/redis-connection.js';
import type { StoreLogger } from '../redis/store-logger.js';
import { CacheUnavailableError } from './cache-unavailable-error.js';
import { parseValue, serializeValue, ttlToMs } from './cache-values.js';
import { createGetOrCompute } from './create-get-or-compute.js';

export interface RedisCacheOptions {
  redisUrl: string;
  keyPrefix?: string;
  logger?: StoreLogger;
}

export const defaultCacheKeyPrefix = 'resume-health:cache:';

export function createRedisCache(options: RedisCacheOptions): Cache {
  const prefix = options.keyPrefix ?? defaultCacheKeyPrefix;
  const connection = createRedisConnection({
    url: options.redisUrl,
    store: 'cache',
    logger: options.logger,
  });
  const { client } = connection;

  /** Runs a command if Redis is usable; undefined when it is not or the command fails. */
  const attempt = async <R>(command: () => Promise<R>): Promise<R | undefined> => {
    if (!connection.isAvailable()) return undefined;
    try {
      const result = await command();
      connection.reportSuccess();
      return result;
    } catch (error) {
      connection.reportFailure(error);
      return undefined;
    }
  };

  const base = {
    kind: 'redis',
    async get<T>(key: string): Promise<T | undefined> {
      const json = await attempt(() => client.get(prefix + key));
      return json == null ? undefined : parseValue<T>(json);
    },
    async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
      const ttlMs = ttlToMs(ttlSeconds);
      const json = serializeValue(value);
      if (json === undefined) return;
      await attempt(() => client.set(prefix + key, json, 'PX', ttlMs));
    },
    // Unlike reads, a delete that did not happen is reported (see CacheUnavailableError).
    async delete(key: string): Promise<void> {
      const removed = await attempt(() => client.del(prefix + key));
      if (removed === undefined) throw new CacheUnavailableError();
    },
    health: () => connection.health(),
    close: () => connection.close(),
  } satisfies Omit<Cache, 'getOrCompute'>;
  return { ...base, getOrCompute: createGetOrCompute(base) };
}
