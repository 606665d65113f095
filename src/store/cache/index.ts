export { cacheKey, type CacheKeyParts } from './cache-key.js';
export { CacheUnavailableError } from './cache-unavailable-error.js';
export { createCache, type CacheOptions } from './create-cache.js';
export type { StoreLogger } from '../redis/store-logger.js';
