/** Engine options for documents read from disk: assets, a monotonic clock and a time budget. */
import { performance } from 'node:perf_hooks';
import type { AnalyzeOptions } from '../engine/index.js';
import { createNodePdfAssetLoader } from '../node/pdf-assets.js';

const pdfAssets = createNodePdfAssetLoader();

export function createAnalyzeOptions(options: {
  declaredName?: string;
  timeBudgetMs?: number;
}): AnalyzeOptions {
  return {
    pdfAssets,
    clock: () => performance.now(),
    ...(options.declaredName === undefined ? {} : { declaredName: options.declaredName }),
    ...(options.timeBudgetMs === undefined ? {} : { timeBudgetMs: options.timeBudgetMs }),
  };
}
