/**
 * The one error registry of the HTTP API (DESIGN.md, principle 7): every code a client can see,
 * engine or server, maps to exactly one HTTP status here, and every error body is an RFC 9457
 * problem document (https://www.rfc-editor.org/rfc/rfc9457) carrying the code and request id.
 */
import { ENGINE_ERRORS, type EngineErrorCode } from '../engine/errors.js';

interface ErrorEntry {
  status: number;
  title: string;
}

const ENGINE_STATUS: Record<EngineErrorCode, ErrorEntry> = {
  EMPTY_FILE: { status: 400, title: 'Empty file' },
  FILE_TOO_LARGE: { status: 413, title: 'File too large' },
  UNSUPPORTED_TYPE: { status: 415, title: 'Unsupported file type' },
  TYPE_MISMATCH: { status: 415, title: 'File type mismatch' },
  PDF_PASSWORD_REQUIRED: { status: 422, title: 'Password-protected PDF' },
  WORD_PASSWORD_REQUIRED: { status: 422, title: 'Password-protected Word document' },
  PDF_CORRUPT: { status: 422, title: 'Damaged PDF' },
  DOCX_CORRUPT: { status: 422, title: 'Damaged Word document' },
  DOC_CORRUPT: { status: 422, title: 'Damaged legacy Word document' },
  ARCHIVE_LIMIT_EXCEEDED: { status: 422, title: 'Document limits exceeded' },
  XML_FORBIDDEN: { status: 422, title: 'Forbidden XML' },
  TEXT_NOT_READABLE: { status: 422, title: 'Unreadable text' },
  TIME_BUDGET_EXCEEDED: { status: 422, title: 'Document took too long' },
  // Cancelled work is the server's doing (shutdown, client gone), not the document's.
  ABORTED: { status: 503, title: 'Analysis cancelled' },
};

const SERVER_ERRORS = {
  BAD_REQUEST: { status: 400, title: 'Bad request', detail: 'The request is malformed.' },
  VALIDATION_FAILED: {
    status: 400,
    title: 'Invalid request',
    detail: 'The request does not match the API schema.',
  },
  MALFORMED_UPLOAD: {
    status: 400,
    title: 'Malformed upload',
    detail: 'The multipart upload is malformed or was cut off.',
  },
  FILE_REQUIRED: { status: 400, title: 'File required', detail: 'Upload a resume as `file`.' },
  TOO_MANY_PARTS: {
    status: 400,
    title: 'Too many parts',
    detail: 'The upload has too many files or fields, or a field is too long.',
  },
  PREMIUM_DISABLED: {
    status: 403,
    title: 'Premium disabled',
    detail: 'Premium features (AI rewrites, cover letters) are not open on this server.',
  },
  NOT_FOUND: { status: 404, title: 'Not found', detail: 'No such resource.' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed', detail: 'Method not allowed.' },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    title: 'Upload too large',
    detail: 'The upload is larger than allowed.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: 'Unsupported media type',
    detail: 'The request body has a content type this endpoint does not accept.',
  },
  DOCUMENT_TIMEOUT: {
    status: 422,
    title: 'Document took too long',
    detail: 'Reading the document took longer than allowed, so it was stopped.',
  },
  DOCUMENT_TOO_COMPLEX: {
    status: 422,
    title: 'Document too complex',
    detail: 'Reading the document needed more memory than allowed.',
  },
  RESUME_MISMATCH: {
    status: 422,
    title: 'Different resume',
    detail: 'The uploaded file is not the resume this analysis was made from.',
  },
  RATE_LIMITED: {
    status: 429,
    title: 'Too many requests',
    detail: 'Too many requests from this address; retry after the time in Retry-After.',
  },
  INTERNAL_ERROR: {
    status: 500,
    title: 'Internal error',
    detail: 'Something went wrong on our side. Quote the request id when reporting it.',
  },
  // The language model failed in a way the premium fallback could not absorb. Fixed text only:
  // provider messages may quote the prompt (resume text) or the endpoint.
  LLM_BAD_RESPONSE: {
    status: 502,
    title: 'Language model error',
    detail: 'The language model gave an unusable answer; retry later.',
  },
  LLM_UNAVAILABLE: {
    status: 503,
    title: 'Language model unavailable',
    detail: 'The language model is unavailable; retry after the time in Retry-After.',
  },
  LLM_TIMEOUT: {
    status: 504,
    title: 'Language model timeout',
    detail: 'The language model took too long to answer; retry later.',
  },
  OVERLOADED: {
    status: 503,
    title: 'Overloaded',
    detail: 'The service is busy; retry after the time in Retry-After.',
  },
  CACHE_UNAVAILABLE: {
    status: 503,
    title: 'Cache unavailable',
    detail: 'Nothing was erased because the shared cache is unreachable; retry shortly.',
  },
  SHUTTING_DOWN: {
    status: 503,
    title: 'Shutting down',
    detail: 'This instance is shutting down; retry shortly.',
  },
} as const satisfies Record<string, ErrorEntry & { detail: string }>;

export type ServerErrorCode = keyof typeof SERVER_ERRORS;
export type ErrorCode = ServerErrorCode | EngineErrorCode;

/** Every code and its status, for docs and the tests that walk the whole table. */
export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = Object.fromEntries([
  ...Object.entries(ENGINE_STATUS).map(([code, e]) => [code, e.status]),
  ...Object.entries(SERVER_ERRORS).map(([code, e]) => [code, e.status]),
]) as Record<ErrorCode, number>;

/** A failure a service raises on purpose; the error handler renders it. */
export class AppError extends Error {
  readonly code: ErrorCode;
  /** Seconds, for 429 and 503. */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, options: { retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  requestId: string;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_STATUS, value);
}

export function toProblem(code: ErrorCode, requestId: string): Problem {
  const entry: ErrorEntry & { detail?: string } =
    code in SERVER_ERRORS
      ? SERVER_ERRORS[code as ServerErrorCode]
      : ENGINE_STATUS[code as EngineErrorCode];
  // Engine messages are written for people and hold no internals; server details are fixed text.
  const detail = entry.detail ?? ENGINE_ERRORS[code as EngineErrorCode];
  return {
    type: `urn:resume-health:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: entry.title,
    status: entry.status,
    detail,
    code,
    requestId,
  };
}

/** The JSON schema of a problem document, for OpenAPI. */
export const problemSchema = {
  $id: 'Problem',
  type: 'object',
  description: 'RFC 9457 problem details.',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', enum: Object.keys(ERROR_STATUS) },
    requestId: { type: 'string' },
  },
  required: ['type', 'title', 'status', 'detail', 'code', 'requestId'],
} as const;
