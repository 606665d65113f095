/**
 * The worker-thread entry: untrusted bytes are parsed here, never on the server's event loop
 * (DESIGN.md, principle 8). Piscina loads this module once per thread and calls the default export
 * per task; the pool kills the thread if a task outlives its deadline.
 */
import { performance } from 'node:perf_hooks';
import { workerData } from 'node:worker_threads';
import {
  analyze,
  buildLayout,
  extractDocument,
  isEngineError,
  parseResume,
  type AnalyzeOptions,
} from '../engine/index.js';
import { rankJobs } from '../engine/match/index.js';
import { createBudget } from '../engine/options.js';
import { nodeInflater } from '../node/inflate.js';
import { createNodePdfAssetLoader } from '../node/pdf-assets.js';
import type { AnalyzeResult, ParseTask, RankResult, TaskFailure } from './protocol.js';
import { lowerThreadPriority } from './thread-priority.js';

// Parsing yields the CPU to the event loop (thread-priority.ts); the pool passes the nice value.
lowerThreadPriority((workerData as { nice?: number } | null)?.nice ?? 0);

const pdfAssets = createNodePdfAssetLoader();

export default async function runParseTask(task: ParseTask): Promise<AnalyzeResult | RankResult> {
  const startedAt = performance.now();
  const options: AnalyzeOptions = {
    pdfAssets,
    inflater: nodeInflater,
    // The upload was moved to this thread and nothing else reads it: pdf.js may take it as is.
    transferInput: true,
    clock: () => performance.now(),
    timeBudgetMs: task.timeBudgetMs,
    now: new Date(task.nowMs),
    ...(task.declaredName ? { declaredName: task.declaredName } : {}),
    ...(task.declaredMediaType ? { declaredMediaType: task.declaredMediaType } : {}),
  };
  try {
    if (task.kind === 'analyze') {
      const report = await analyze(task.bytes, {
        ...options,
        dismiss: task.dismiss,
        ...(task.jobDescription === undefined ? {} : { jobDescription: task.jobDescription }),
      });
      return { ok: true, report, parseMs: performance.now() - startedAt };
    }
    const extracted = await extractDocument(task.bytes, options);
    const layout = buildLayout(extracted, createBudget(options));
    const now = options.now!;
    const ranked = rankJobs(parseResume(layout), layout, task.jobs, {
      now: { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 },
    });
    return { ok: true, format: extracted.format, ranked, parseMs: performance.now() - startedAt };
  } catch (error) {
    // Anything else is a bug; rethrowing lets the pool report it as an internal error.
    if (!isEngineError(error)) throw error;
    const failure: TaskFailure = {
      ok: false,
      code: error.code,
      parseMs: performance.now() - startedAt,
    };
    return failure;
  }
}
