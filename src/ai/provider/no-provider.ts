/**
 * The embedded default when no model is configured (DESIGN.md, principle 5): premium features
 * then answer from the engine alone, and this provider makes any stray call fail with a typed
 * error instead of a network attempt.
 */
import type { LlmProvider } from '../ports.js';
import { LlmUnavailableError } from './llm-errors.js';

export function createNoProvider(): LlmProvider {
  return {
    name: 'none',
    model: 'none',
    complete: () => Promise.reject(new LlmUnavailableError()),
  };
}
