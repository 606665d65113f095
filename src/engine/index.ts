/** The library entry point. */
export {
  analyze,
  buildReport,
  countWords,
  type AnalyzeInput,
  type AnalyzeOptions,
} from './analyze.js';
export { extractDocument } from './extract/index.js';
export { buildLayout } from './layout/index.js';
export { parseResume } from './parse/index.js';
export { EngineError, ENGINE_ERRORS, isEngineError, type EngineErrorCode } from './errors.js';
export { DEFAULT_LIMITS, type EngineLimits, type ExtractOptions } from './options.js';
export { ENGINE_VERSION } from './version.js';
export type * from './model/index.js';
export { SECTION_KINDS, SCHEMA_VERSION } from './model/index.js';
