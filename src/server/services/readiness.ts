/**
 * GET /ready: can this instance do useful work? The database and the worker pool are required
 * (down → 503, take the instance out of rotation); the cache and rate-limit store have local
 * fallbacks, so their trouble only degrades the answer (still 200).
 */
import type { BackendHealth, Cache, Database, RateLimitStore } from '../../store/ports.js';
import type { ParsePool } from '../../worker/pool.js';

const PING_TIMEOUT_MS = 1_000;

export interface Readiness {
  status: BackendHealth;
  components: Record<'database' | 'cache' | 'rateLimit' | 'workers', BackendHealth>;
}

export async function checkReadiness(deps: {
  database: Database;
  cache: Cache;
  rateLimits: RateLimitStore;
  pool: ParsePool;
}): Promise<Readiness> {
  const stats = deps.pool.stats();
  const workers: BackendHealth =
    stats.threads === 0
      ? 'down'
      : stats.queued >= stats.capacity - stats.running
        ? 'degraded'
        : 'ok';
  const components = {
    database: await pingDatabase(deps.database),
    cache: deps.cache.health(),
    rateLimit: deps.rateLimits.health(),
    workers,
  };
  const isDown = components.database === 'down' || components.workers === 'down';
  const isDegraded = Object.values(components).some((health) => health !== 'ok');
  return { status: isDown ? 'down' : isDegraded ? 'degraded' : 'ok', components };
}

async function pingDatabase(database: Database): Promise<BackendHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), PING_TIMEOUT_MS);
  });
  try {
    await Promise.race([database.ping(), timeout]);
    return 'ok';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
