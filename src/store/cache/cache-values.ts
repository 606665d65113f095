/**
 * What both cache implementations agree on: values are stored as JSON, so a memory hit behaves
 * exactly like a Redis hit (no shared mutable objects, Dates come back as strings) and byte
 * accounting is exact; TTLs are positive seconds, fractions allowed.
 */
export function serializeValue(value: unknown): string | undefined {
  // JSON.stringify(undefined) is undefined: there is nothing to store, and get() uses undefined
  // to mean a miss anyway.
  return JSON.stringify(value) as string | undefined;
}

/** A corrupt or foreign entry reads as a miss rather than failing the request. */
export function parseValue<T>(json: string): T | undefined {
  try {
    return JSON.parse(json) as T;
  } catch {
    return undefined;
  }
}

export function ttlToMs(ttlSeconds: number): number {
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0) {
    throw new RangeError(`Cache TTL must be a positive number of seconds, got ${ttlSeconds}`);
  }
  return Math.max(1, Math.round(ttlSeconds * 1_000));
}
