/** Reads one file and analyzes it; every failure becomes a coded outcome, never a throw. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, DEFAULT_LIMITS, isEngineError, type Report } from '../engine/index.js';
import { createAnalyzeOptions } from './engine-options.js';

export type FileOutcome =
  | { ok: true; report: Report; ms: number }
  | { ok: false; code: string; message: string; ms: number };

export async function analyzeFile(
  path: string,
  options: { timeBudgetMs: number; now: Date; dismiss: readonly string[] },
): Promise<FileOutcome> {
  const startedAt = performance.now();
  const elapsed = () => performance.now() - startedAt;
  try {
    const stats = await stat(path);
    // Refuse before reading: a huge file should not be loaded into memory just to be rejected.
    if (stats.size > DEFAULT_LIMITS.maxBytes) {
      const maxMiB = DEFAULT_LIMITS.maxBytes / 1024 / 1024;
      return failure('FILE_TOO_LARGE', `The file is larger than ${maxMiB} MiB.`, elapsed());
    }
    const bytes = new Uint8Array(await readFile(path));
    const report = await analyze(
      bytes,
      createAnalyzeOptions({ declaredName: basename(path), ...options }),
    );
    return { ok: true, report, ms: elapsed() };
  } catch (error) {
    if (isEngineError(error)) return failure(error.code, error.message, elapsed());
    if (isNodeError(error) && typeof error.code === 'string') {
      return failure('READ_FAILED', `Cannot read the file (${error.code}).`, elapsed());
    }
    const message = error instanceof Error ? error.message : String(error);
    return failure('INTERNAL_ERROR', `Unexpected failure: ${message}`, elapsed());
  }
}

function failure(code: string, message: string, ms: number): FileOutcome {
  return { ok: false, code, message, ms };
}

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
