/** Reads a document for a CLI command: size-checked before loading, engine errors as results. */
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_LIMITS, isEngineError } from '../engine/index.js';

export type ReadResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      code: string;
      message: string;
      /** errno code of a file-system failure */ errno?: string;
    };

export async function readDocument<T>(
  path: string,
  read: (bytes: Uint8Array) => Promise<T>,
): Promise<ReadResult<T>> {
  try {
    // Refuse before reading: a huge file should not be loaded into memory just to be rejected.
    if ((await stat(path)).size > DEFAULT_LIMITS.maxBytes) {
      return { ok: false, code: 'FILE_TOO_LARGE', message: 'The file is too large.' };
    }
    return { ok: true, value: await read(new Uint8Array(await readFile(path))) };
  } catch (error) {
    if (isEngineError(error)) return { ok: false, code: error.code, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    const errno = (error as NodeJS.ErrnoException).code;
    return { ok: false, code: 'READ_FAILED', message, ...(errno ? { errno } : {}) };
  }
}
