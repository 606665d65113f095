/**
 * What the app accepts, checked before anything is sent or parsed: the same types and limit as
 * the API (src/engine/options.ts DEFAULT_LIMITS.maxBytes), so a bad file fails fast and clearly.
 */
import { clientError, type ApiError } from '../api/api-error.js';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const RESUME_EXTENSIONS = ['pdf', 'docx', 'doc', 'txt', 'md'] as const;
export type ResumeExtension = (typeof RESUME_EXTENSIONS)[number];

/** For the file picker: extensions and the media types browsers report for them. */
export const RESUME_ACCEPT = [
  ...RESUME_EXTENSIONS.map((ext) => `.${ext}`),
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/msword',
  'text/plain',
  'text/markdown',
].join(',');

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function isResumeExtension(ext: string): ext is ResumeExtension {
  return (RESUME_EXTENSIONS as readonly string[]).includes(ext);
}

export function checkResumeFile(file: File): ApiError | null {
  if (!isResumeExtension(extensionOf(file.name))) return clientError('CLIENT_UNSUPPORTED_TYPE');
  if (file.size === 0) return clientError('CLIENT_EMPTY_FILE');
  if (file.size > MAX_UPLOAD_BYTES) return clientError('CLIENT_FILE_TOO_LARGE');
  return null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  // Binary units, as the limit is defined (10 MiB), without a pointless ".0".
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MiB`;
}
