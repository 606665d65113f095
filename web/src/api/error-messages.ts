/**
 * Friendly text for every error code the API returns (src/server/errors.ts and the engine's
 * registry) plus the browser's own. People see what happened and what to do next; the request id
 * is shown separately so support can find the log line.
 */
import { ENGINE_ERRORS } from '../../../src/engine/errors.js';
import type { Problem } from './types.js';

const SERVER_MESSAGES: Record<string, string> = {
  BAD_REQUEST: 'The request was not understood. Reload the page and try again.',
  VALIDATION_FAILED: 'Some of the information sent was not valid. Check the form and try again.',
  MALFORMED_UPLOAD: 'The upload was cut off. Check your connection and try again.',
  FILE_REQUIRED: 'Choose a resume file first.',
  TOO_MANY_PARTS: 'Too many files or fields were sent at once, or a text is too long.',
  PREMIUM_DISABLED: 'AI rewrites and cover letters are not offered on this server.',
  NOT_FOUND: 'This analysis no longer exists (it may have been deleted or expired).',
  METHOD_NOT_ALLOWED: 'That action is not allowed.',
  PAYLOAD_TOO_LARGE: 'The file is too large. The limit is 10 MiB.',
  UNSUPPORTED_MEDIA_TYPE: 'The upload was sent in a format the server does not accept.',
  DOCUMENT_TIMEOUT:
    'Reading the document took too long. Try a simpler export (for example "Save as PDF").',
  DOCUMENT_TOO_COMPLEX: 'The document is too complex to read. Try a simpler export of it.',
  RESUME_MISMATCH: 'The file is not the resume this analysis was made from. Upload it again.',
  RATE_LIMITED: 'Too many requests. Wait a minute, then try again.',
  INTERNAL_ERROR:
    'Something went wrong on our side. Try again; if it keeps happening, contact support with the request id.',
  LLM_BAD_RESPONSE: 'The AI service gave an unusable answer. Try again later.',
  LLM_UNAVAILABLE: 'The AI service is unavailable right now. Try again in a few minutes.',
  LLM_TIMEOUT: 'The AI service took too long to answer. Try again later.',
  OVERLOADED: 'The service is busy. Try again in a moment.',
  CACHE_UNAVAILABLE:
    'Nothing was deleted because part of the service is unreachable. Try again shortly.',
  SHUTTING_DOWN: 'The service is restarting. Try again in a moment.',
  ABORTED: 'The analysis was cancelled. Try again.',
};

const CLIENT_MESSAGES: Record<string, string> = {
  CLIENT_FILE_TOO_LARGE: 'The file is larger than 10 MiB. Export a smaller version and try again.',
  CLIENT_UNSUPPORTED_TYPE: 'Choose a PDF, Word (DOCX or DOC), TXT or Markdown file.',
  CLIENT_EMPTY_FILE: 'The file is empty.',
  NETWORK_ERROR: 'Could not reach the server. Check your connection, or switch on private mode.',
  UNEXPECTED_RESPONSE: 'The server sent an unexpected answer. Try again.',
  PRIVATE_ENGINE_FAILED: 'The in-browser analysis failed. Try again, or switch private mode off.',
};

export function describeProblem(problem: Problem): string {
  const { code } = problem;
  if (Object.hasOwn(CLIENT_MESSAGES, code)) return CLIENT_MESSAGES[code] as string;
  if (Object.hasOwn(SERVER_MESSAGES, code)) return SERVER_MESSAGES[code] as string;
  if (Object.hasOwn(ENGINE_ERRORS, code)) return ENGINE_ERRORS[code as keyof typeof ENGINE_ERRORS];
  return problem.detail ?? 'Something went wrong. Try again.';
}

/** Every code with a friendly message, for tests that check the table stays complete. */
export const KNOWN_ERROR_CODES: readonly string[] = [
  ...Object.keys(SERVER_MESSAGES),
  ...Object.keys(CLIENT_MESSAGES),
  ...Object.keys(ENGINE_ERRORS),
];
