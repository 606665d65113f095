/**
 * getOrCompute shared by both caches: read, else compute once for all concurrent callers and
 * store. A failed compute rejects every waiter and stores nothing, so the next call retries.
 */
import type { Cache } from '../ports.js';
import { ttlToMs } from './cache-values.js';
import { createSingleFlight } from './single-flight.js';

export function createGetOrCompute(cache: Pick<Cache, 'get' | 'set'>): Cache['getOrCompute'] {
  const flights = createSingleFlight();
  return async <T>(key: string, ttlSeconds: number, compute: () => Promise<T>): Promise<T> => {
    // Reject a bad TTL before computing, not after the expensive part.
    ttlToMs(ttlSeconds);
    return flights.run(key, async () => {
      const cached = await cache.get<T>(key);
      if (cached !== undefined) return cached;
      const value = await compute();
      await cache.set(key, value, ttlSeconds);
      return value;
    });
  };
}
