/**
 * The engine's error registry: every failure a caller can see has a stable code and a message a
 * person understands. The server maps codes to HTTP statuses; the CLI maps them to exit codes.
 */
export const ENGINE_ERRORS = {
  EMPTY_FILE: 'The file is empty.',
  FILE_TOO_LARGE: 'The file is larger than the allowed maximum.',
  UNSUPPORTED_TYPE:
    'This file type is not supported. Upload a PDF, DOCX, DOC, TXT or Markdown resume.',
  TYPE_MISMATCH: 'The file content does not match its name or declared type.',
  PDF_PASSWORD_REQUIRED: 'The PDF is protected by a password. Remove the password and try again.',
  PDF_CORRUPT: 'The PDF is damaged and cannot be read.',
  DOCX_CORRUPT: 'The Word document is damaged and cannot be read.',
  DOC_CORRUPT: 'The legacy Word document is damaged and cannot be read.',
  WORD_PASSWORD_REQUIRED:
    'The Word document is protected by a password. Remove the password and try again.',
  ARCHIVE_LIMIT_EXCEEDED:
    'The document expands to more data than allowed (too many parts or too highly compressed).',
  XML_FORBIDDEN: 'The document contains XML constructs that are not allowed (DTD or entities).',
  TEXT_NOT_READABLE: 'The text file is not readable text.',
  TIME_BUDGET_EXCEEDED: 'Reading the document took longer than allowed.',
  ABORTED: 'Reading the document was cancelled.',
} as const;

export type EngineErrorCode = keyof typeof ENGINE_ERRORS;

export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly details: Record<string, string | number | boolean>;

  constructor(
    code: EngineErrorCode,
    details: Record<string, string | number | boolean> = {},
    options?: { cause?: unknown },
  ) {
    super(ENGINE_ERRORS[code], options);
    this.name = 'EngineError';
    this.code = code;
    this.details = details;
  }
}

export function isEngineError(value: unknown): value is EngineError {
  return value instanceof EngineError;
}
