import type { Budget, EngineLimits } from '../options.js';

/** What every format extractor receives besides the bytes. */
export interface ExtractContext {
  limits: EngineLimits;
  budget: Budget;
}
