/**
 * Engine options for documents read from disk: assets, node:zlib for PDF streams, a monotonic
 * clock, a time budget, and the current date for date checks (the engine reads no clock, so the
 * CLI passes `now` in).
 */
import { performance } from 'node:perf_hooks';
import type { AnalyzeOptions } from '../engine/index.js';
import { nodeInflater } from '../node/inflate.js';
import { createNodePdfAssetLoader } from '../node/pdf-assets.js';

const pdfAssets = createNodePdfAssetLoader();

export function createAnalyzeOptions(options: {
  declaredName?: string;
  timeBudgetMs?: number;
  now?: Date;
  dismiss?: readonly string[];
}): AnalyzeOptions {
  return {
    pdfAssets,
    inflater: nodeInflater,
    clock: () => performance.now(),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.dismiss === undefined ? {} : { dismiss: options.dismiss }),
    ...(options.declaredName === undefined ? {} : { declaredName: options.declaredName }),
    ...(options.timeBudgetMs === undefined ? {} : { timeBudgetMs: options.timeBudgetMs }),
  };
}
