/**
 * GET /ready: can this instance do useful work? The database and the worker pool are required
 * (down → 503, take the instance out of rotation); the cache and rate-limit store have local
 * fallbacks, so their trouble only degrades the answer (still 200). So does an open circuit
 * breaker in front of the language model: premium answers then come from the engine alone.
 */
import type { BreakerState, PremiumService } from '../../ai/ports.js';
import type { BackendHealth, Cache, Database, RateLimitStore } from '../../store/ports.js';
import type { ParsePool } from '../../worker/pool.js';

const PING_TIMEOUT_MS = 1_000;

export interface Readiness {
  status: BackendHealth;
  components: Record<'database' | 'cache' | 'rateLimit' | 'workers', BackendHealth> & {
    llm?: BackendHealth;
  };
  /** The premium tier's provider, model and circuit-breaker state. */
  llm?: { provider: string; model: string | null; breaker: BreakerState };
}

export async function checkReadiness(deps: {
  database: Database;
  cache: Cache;
  rateLimits: RateLimitStore;
  pool: ParsePool;
  premium?: Pick<PremiumService, 'status'>;
}): Promise<Readiness> {
  const stats = deps.pool.stats();
  const workers: BackendHealth =
    stats.threads === 0
      ? 'down'
      : stats.queued >= stats.capacity - stats.running
        ? 'degraded'
        : 'ok';
  const llm = deps.premium && readLlmStatus(deps.premium);
  const components: Readiness['components'] = {
    database: await pingDatabase(deps.database),
    cache: deps.cache.health(),
    rateLimit: deps.rateLimits.health(),
    workers,
    ...(llm ? { llm: llm.breaker === 'open' ? 'degraded' : 'ok' } : {}),
  };
  const isDown = components.database === 'down' || components.workers === 'down';
  const isDegraded = Object.values(components).some((health) => health !== 'ok');
  const status = isDown ? 'down' : isDegraded ? 'degraded' : 'ok';
  return { status, components, ...(llm ? { llm } : {}) };
}

/** Nothing to report without a model (premium answers from the engine, as designed). */
function readLlmStatus(premium: Pick<PremiumService, 'status'>): Readiness['llm'] {
  try {
    const status = premium.status();
    return status.breaker === 'disabled' ? undefined : status;
  } catch {
    // A probe must never fail readiness; an unreadable breaker is treated as open.
    return { provider: 'unknown', model: null, breaker: 'open' };
  }
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
