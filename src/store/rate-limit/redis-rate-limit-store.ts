/**
 * Fixed-window counters in Redis, shared by every instance. One Lua script makes the increment,
 * the expiry of a new window and the TTL read atomic, so two servers can never both open a
 * window or leave a counter without expiry. The window starts at the first hit and Redis times
 * it, so instance clocks do not matter.
 *
 * When Redis is unreachable or slow the hit is counted by a local in-memory store instead:
 * limits then hold per instance rather than globally, which is better than none or than failing.
 */
import type { RateLimitResult, RateLimitStore } from '../ports.js';
import { createRedisConnection } from '../redis/redis-connection.js';
import type { StoreLogger } from '../redis/store-logger.js';
import { createMemoryRateLimitStore } from './memory-rate-limit-store.js';
import { validateHit } from './validate-hit.js';

export interface RedisRateLimitOptions {
  redisUrl: string;
  keyPrefix?: string;
  logger?: StoreLogger;
}

export const defaultRateLimitKeyPrefix = 'resume-health:rate-limit:';

// PTTL < 0 covers a counter left without expiry (e.g. by a crash between commands in an older
// version): give it one, so a client can never be locked out forever.
const fixedWindowScript = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if count == 1 or ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

export function createRedisRateLimitStore(options: RedisRateLimitOptions): RateLimitStore {
  const prefix = options.keyPrefix ?? defaultRateLimitKeyPrefix;
  const connection = createRedisConnection({
    url: options.redisUrl,
    store: 'rate-limit',
    logger: options.logger,
  });
  const local = createMemoryRateLimitStore();

  const hitRedis = async (key: string, limit: number, windowMs: number) => {
    // EVAL rather than EVALSHA: Redis caches the compiled script by body anyway, and there is no
    // NOSCRIPT retry to get wrong after a Redis restart.
    const reply = await connection.client.eval(
      fixedWindowScript,
      1,
      `${prefix}${windowMs}:${key}`,
      windowMs,
    );
    const [count, ttl] = reply as [number, number];
    connection.reportSuccess();
    return toResult(count, ttl, limit);
  };

  return {
    kind: 'redis',
    async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
      validateHit(limit, windowMs);
      if (!connection.isAvailable()) return local.hit(key, limit, windowMs);
      try {
        return await hitRedis(key, limit, windowMs);
      } catch (error) {
        connection.reportFailure(error);
        return local.hit(key, limit, windowMs);
      }
    },
    health: () => connection.health(),
    async close(): Promise<void> {
      await Promise.all([connection.close(), local.close()]);
    },
  };
}

function toResult(count: number, ttl: number, limit: number): RateLimitResult {
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    resetMs: Math.max(0, ttl),
  };
}
