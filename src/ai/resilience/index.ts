export {
  createResilientProvider,
  type ResilienceOptions,
  type ResilientProvider,
} from './resilient-provider.js';
export { isProviderFailure, isRetryable } from './failure-kinds.js';
export { parseRetryAfter } from './retry-after.js';
