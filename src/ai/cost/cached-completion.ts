/**
 * LLM results cached by what determines them (DESIGN.md: content hash + prompt version): the
 * same resume, job description, prompt version and model give the same answer, so it is paid
 * for once. Concurrent identical requests share one computation through Cache.getOrCompute's
 * single flight. Failures are not cached: a caller that falls back to the engine on error does
 * so outside `compute`, so the next request tries the model again.
 */
import { createHash } from 'node:crypto';
import type { Cache } from '../../store/ports.js';

export interface CompletionKeyParts {
  /** SHA-256 of the resume text (or bytes). */
  resumeHash: string;
  /** SHA-256 of the job description; null when the task has none. */
  jobDescriptionHash: string | null;
  /** Identifies the prompt template and its revision, e.g. "cover-letter@3". */
  promptVersion: string;
  model: string;
  /** Other inputs that change the answer, e.g. tone and length of a cover letter. */
  variant?: Record<string, string | number | boolean | null>;
}

/** Default time to keep an answer: a week, since the same inputs give the same answer. */
export const COMPLETION_TTL_SECONDS = 7 * 86_400;

export function completionCacheKey(parts: CompletionKeyParts): string {
  const variant = Object.entries(parts.variant ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  const canonical = JSON.stringify([
    parts.resumeHash,
    parts.jobDescriptionHash,
    parts.promptVersion,
    parts.model,
    variant,
  ]);
  return `llm:${createHash('sha256').update(canonical).digest('hex')}`;
}

export function cachedCompletion<T>(
  cache: Cache,
  parts: CompletionKeyParts,
  compute: () => Promise<T>,
  options: { ttlSeconds?: number } = {},
): Promise<T> {
  const ttlSeconds = options.ttlSeconds ?? COMPLETION_TTL_SECONDS;
  // CACHE_TTL_SECONDS=0 means "no cache"; the Cache port rejects a zero TTL.
  if (ttlSeconds <= 0) return compute();
  return cache.getOrCompute(completionCacheKey(parts), ttlSeconds, compute);
}
