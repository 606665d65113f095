/**
 * Coalesces concurrent calls for the same key into one run: while a run is pending, later callers
 * share its promise. Nothing is remembered after it settles, so a rejection is never cached.
 * The map is per process; across instances each server may compute once (see redis-cache.ts).
 */
export interface SingleFlight {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export function createSingleFlight(): SingleFlight {
  const pending = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const existing = pending.get(key);
      if (existing !== undefined) return existing as Promise<T>;
      const flight = Promise.resolve()
        .then(work)
        .finally(() => pending.delete(key));
      pending.set(key, flight);
      return flight;
    },
  };
}
