import { performance } from 'node:perf_hooks';
import { analyze, type Report } from '../../src/engine/index.js';
import { createNodePdfAssetLoader } from '../../src/node/pdf-assets.js';

const pdfAssets = createNodePdfAssetLoader();

export type Outcome =
  { report: Report; error?: undefined } | { report?: undefined; error: unknown };

/** Runs analyze with a clock and a time budget, capturing the outcome and the wall time. */
export async function analyzeOutcome(
  bytes: Uint8Array,
  options: { declaredName: string; timeBudgetMs: number },
): Promise<{ outcome: Outcome; elapsedMs: number }> {
  const startedAt = performance.now();
  const outcome: Outcome = await analyze(bytes, {
    declaredName: options.declaredName,
    pdfAssets,
    clock: () => performance.now(),
    timeBudgetMs: options.timeBudgetMs,
  }).then(
    (report) => ({ report }),
    (error: unknown) => ({ error }),
  );
  return { outcome, elapsedMs: performance.now() - startedAt };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${error.stack ?? ''}`;
  return String(error);
}
