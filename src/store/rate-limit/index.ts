export { createRateLimitStore, type RateLimitStoreOptions } from './create-rate-limit-store.js';
export type { StoreLogger } from '../redis/store-logger.js';
