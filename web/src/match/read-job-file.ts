/**
 * A job description file becomes text in the browser: plain text and HTML are read directly;
 * PDF and Word go through the engine's extraction (lazy chunk). Either way the text lands in the
 * form, where the user can check it before matching.
 */
import { clientError } from '../api/api-error.js';
import { extensionOf, MAX_UPLOAD_BYTES } from '../upload/file-rules.js';

export const JOB_FILE_ACCEPT = '.txt,.md,.html,.htm,.pdf,.docx,.doc';

export async function readJobFile(file: File): Promise<string> {
  if (file.size > MAX_UPLOAD_BYTES) throw clientError('CLIENT_FILE_TOO_LARGE');
  const ext = extensionOf(file.name);
  if (!JOB_FILE_ACCEPT.split(',').includes(`.${ext}`)) throw clientError('CLIENT_UNSUPPORTED_TYPE');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { readJobFileText } = await import('../engine/local-layout.js');
  return readJobFileText(bytes);
}
