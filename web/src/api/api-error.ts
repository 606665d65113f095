/** One error type for everything that can go wrong, whether the API, the network or the browser. */
import type { Problem } from './types.js';

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
}

/** Codes raised in the browser, before or instead of a request; the API never sends them. */
export type ClientErrorCode =
  | 'CLIENT_FILE_TOO_LARGE'
  | 'CLIENT_UNSUPPORTED_TYPE'
  | 'CLIENT_EMPTY_FILE'
  | 'NETWORK_ERROR'
  | 'UNEXPECTED_RESPONSE'
  | 'PRIVATE_ENGINE_FAILED';

export function clientError(code: ClientErrorCode, detail?: string): ApiError {
  return new ApiError({ code, title: code, status: 0, ...(detail ? { detail } : {}) });
}

export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  // Engine errors in private mode carry the same codes the API would have sent.
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return { code, title: code, status: 0 };
  return { code: 'PRIVATE_ENGINE_FAILED', title: 'Error', status: 0 };
}
