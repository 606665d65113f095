export { createLlmStack, type LlmStack, type LlmStackDeps } from './create-llm-stack.js';
export {
  isLlmError,
  LlmAbortedError,
  LlmBudgetExceededError,
  LlmCircuitOpenError,
  LlmError,
  type LlmErrorCode,
  LlmInvalidOutputError,
  LlmOverloadedError,
  LlmTimeoutError,
  LlmUnavailableError,
  LlmUpstreamError,
} from './llm-errors.js';
export { createNoProvider } from './no-provider.js';
export {
  createOpenAiCompatibleProvider,
  type OpenAiCompatibleOptions,
} from './openai-compatible.js';
export { completeStructured, type StructuredOptions, type StructuredResult } from './structured.js';
