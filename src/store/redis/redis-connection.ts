/**
 * One ioredis client plus the bookkeeping every Redis-backed store needs: is Redis usable right
 * now, one warning per outage, one info line on recovery. The stores fall back (cache misses,
 * local rate limits) whenever `isAvailable()` is false, so a dead Redis never stalls a request.
 */
import { Redis } from 'ioredis';
import type { BackendHealth } from '../ports.js';
import { describeRedisUrl } from './describe-redis-url.js';
import { silentLogger, type StoreLogger } from './store-logger.js';

export interface RedisConnectionOptions {
  url: string;
  /** Names the store in log lines, e.g. 'cache' or 'rate-limit'. */
  store: string;
  logger?: StoreLogger;
  /** Upper bound on one command; the stores answer locally past it. */
  commandTimeoutMs?: number;
  /** After a failed command, skip Redis this long instead of paying the timeout per request. */
  failureBackoffMs?: number;
  now?: () => number;
}

export interface RedisConnection {
  client: Redis;
  /** True when commands are worth sending: connected and not backing off after a failure. */
  isAvailable(): boolean;
  reportSuccess(): void;
  reportFailure(error: unknown): void;
  health(): BackendHealth;
  close(): Promise<void>;
}

const defaultCommandTimeoutMs = 200;
const defaultFailureBackoffMs = 1_000;
const quitTimeoutMs = 500;

export function createRedisConnection(options: RedisConnectionOptions): RedisConnection {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;
  const backoffMs = options.failureBackoffMs ?? defaultFailureBackoffMs;
  const context = { store: options.store, redis: describeRedisUrl(options.url) };
  const client = new Redis(options.url, {
    commandTimeout: options.commandTimeoutMs ?? defaultCommandTimeoutMs,
    // Queued commands would wait for a reconnect that may never come; fail fast instead.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    // A connected but hung Redis: drop the socket so ioredis reconnects.
    socketTimeout: 2_000,
    // Keep retrying forever so the store recovers on its own; cap the delay so recovery is quick.
    retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
  });

  let isClosing = false;
  let isInOutage = false;
  let skipUntil = 0;

  const enterOutage = (error?: unknown): void => {
    if (isClosing || isInOutage) return;
    isInOutage = true;
    // Only the error code: messages could one day echo a command, and values are personal data.
    logger.warn({ ...context, code: errorCode(error) }, 'Redis unavailable; answering locally');
  };
  const leaveOutage = (): void => {
    if (!isInOutage) return;
    isInOutage = false;
    logger.info(context, 'Redis available again');
  };

  client.on('error', enterOutage);
  client.on('close', () => enterOutage());
  client.on('ready', () => {
    skipUntil = 0;
    leaveOutage();
  });

  return {
    client,
    isAvailable: () => !isClosing && client.status === 'ready' && now() >= skipUntil,
    reportSuccess: leaveOutage,
    reportFailure(error) {
      skipUntil = now() + backoffMs;
      enterOutage(error);
    },
    health() {
      if (isClosing) return 'down';
      return client.status === 'ready' && now() >= skipUntil ? 'ok' : 'degraded';
    },
    async close() {
      if (isClosing) return;
      isClosing = true;
      await quitOrDisconnect(client);
    },
  };
}

/** QUIT lets in-flight replies arrive; a dead Redis would never answer it, so bound the wait. */
async function quitOrDisconnect(client: Redis): Promise<void> {
  if (client.status !== 'ready') {
    client.disconnect();
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, quitTimeoutMs);
  });
  await Promise.race([client.quit().catch(() => undefined), timeout]);
  clearTimeout(timer);
  client.disconnect();
}

function errorCode(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string') return code;
    return /timed out/i.test(error.message) ? 'timeout' : error.name;
  }
  return 'connection-closed';
}
