/**
 * The ports the app runs on, chosen by configuration alone (DESIGN.md, principle 5): PGlite or
 * PostgreSQL, memory or Redis, plus the parse pool. Tests pass their own to `buildApp`.
 */
import type { PremiumService } from '../../ai/ports.js';
import type { Config } from '../../config.js';
import { createCache } from '../../store/cache/index.js';
import { createDatabase, startRetentionJob } from '../../store/db/index.js';
import type { Cache, Database, RateLimitStore } from '../../store/ports.js';
import { createRateLimitStore } from '../../store/rate-limit/index.js';
import type { StoreLogger } from '../../store/redis/store-logger.js';
import { createParsePool, type ParsePool } from '../../worker/pool.js';

const RETENTION_SWEEP_MS = 60 * 60 * 1000;

export interface Services {
  database: Database;
  cache: Cache;
  rateLimits: RateLimitStore;
  pool: ParsePool;
  /** The premium tier; built from the config by buildApp when absent (tests pass their own). */
  premium?: PremiumService;
  /** Stops background jobs and closes every connection; safe to call twice. */
  close(): Promise<void>;
}

export async function createServices(config: Config, logger: StoreLogger): Promise<Services> {
  const database = await createDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onError: (error) => logger.warn({ code: (error as { code?: string }).code }, 'database error'),
  });
  const cache = createCache({ redisUrl: config.redisUrl, keyPrefix: 'rh:cache:', logger });
  const rateLimits = createRateLimitStore({
    redisUrl: config.redisUrl,
    keyPrefix: 'rh:rl:',
    logger,
  });
  const pool = createParsePool(config);
  const stopRetention =
    config.retentionDays > 0
      ? startRetentionJob(database, {
          intervalMs: RETENTION_SWEEP_MS,
          now: () => new Date(),
          onPurged: (count) => logger.info({ count }, 'purged expired resume text'),
          onError: () => logger.warn({}, 'retention purge failed; retrying next sweep'),
        })
      : async () => undefined;
  let closing: Promise<void> | undefined;
  return {
    database,
    cache,
    rateLimits,
    pool,
    close() {
      closing ??= (async () => {
        await stopRetention();
        await Promise.allSettled([pool.close(), cache.close(), rateLimits.close()]);
        await database.close();
      })();
      return closing;
    },
  };
}
