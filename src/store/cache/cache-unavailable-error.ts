/**
 * Raised only by a delete the shared cache could not perform. Reads and writes degrade silently,
 * but a caller erasing personal data must learn that the erasure did not happen (the entry still
 * expires with its TTL).
 */
export class CacheUnavailableError extends Error {
  readonly code = 'CACHE_UNAVAILABLE';

  constructor() {
    super('The cache is unavailable; the entry was not deleted');
    this.name = 'CacheUnavailableError';
  }
}
