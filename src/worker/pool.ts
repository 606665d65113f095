/**
 * The parse pool: piscina worker threads with a memory cap per thread, a hard wall-clock kill
 * per document, and admission control (see admission.ts) so overload turns into a quick 503.
 *
 * Workers need JavaScript. From dist (production) the pool loads parse-task.js; when the pool
 * itself runs from TypeScript sources (vitest, tsx) it loads parse-task.ts through tsx's loader
 * (`--import tsx` in the worker's execArgv), so tests exercise the real worker without a build.
 */
import { Piscina } from 'piscina';
import { AppError } from '../server/errors.js';
import { createAdmission, type Ticket } from './admission.js';
import { startThreadPoolHere } from './thread-priority.js';
import { buildWarmUpSample } from './warm-up-sample.js';
import type { ParseTask, TaskResult } from './protocol.js';

/** Time past the engine's own budget before the thread is killed: the budget is cooperative. */
const KILL_GRACE_MS = 1_000;

/**
 * A parse thread's young generation. V8 sizes it for a server heap (32 MB of semi-spaces here);
 * 16 MB (16 MB of semi-spaces, as V8 rounds it) keeps 16 MB less resident per thread for about
 * 1 ms more GC pause per two-page resume (measured: 5.3 -> 6.3 ms of ~90 ms). Smaller costs
 * throughput: 12 MB doubles the scavenges (9.7 ms of pauses, ~12% more CPU per document with the
 * GC helper threads), 6 MB triples them.
 *
 * A process-wide --max-semi-space-size overrides this for every isolate, these threads included
 * (a thread's heap limit reads 262 MB with the flag at 2, 280 MB without). `npm start` passes 2 for
 * the event loop's sake, so under it the parse threads run with 2 MB semi-spaces too. Measured on
 * the 2-core machine (bench:http, issue 5): without the flag cold uploads ran 15-25% faster, but the
 * peak with 32 concurrent 10 MiB uploads rose from 358 to 452 MB (flag at 3: 391 MB, at 4: 400 MB),
 * over the 400 MB budget; the flag stays at 2.
 */
const WORKER_YOUNG_MB = 16;

export interface ParsePoolOptions {
  workers: number;
  queueMax: number;
  docTimeoutMs: number;
  workerMaxOldMb: number;
  /** Nice value the parse threads give themselves (thread-priority.ts); 0 leaves it. */
  workerNice?: number;
  /** A different worker module (tests use a deliberately stuck one). */
  filename?: string;
}

export interface PoolStats {
  threads: number;
  /** Thread ids, so a killed-and-replaced worker is observable. */
  threadIds: number[];
  running: number;
  queued: number;
  capacity: number;
}

export interface ParsePool {
  /** Takes a slot or throws OVERLOADED (503); call before reading an upload. */
  admit(): Ticket;
  run<T extends ParseTask>(ticket: Ticket, task: T): Promise<TaskResult<T>>;
  stats(): PoolStats;
  /** Runs the bundled sample (warm-up-sample.ts) `runs` times per thread, `workers` at a time. */
  warmUp(runs: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * From dist the threads inherit the process's flags (execArgv undefined): passing them explicitly
 * would make Node validate them for a thread, and V8 flags such as --max-semi-space-size or
 * --max-old-space-size are refused there (ERR_WORKER_INVALID_EXEC_ARGV), so the server would not
 * start with them.
 */
function workerEntry(): { filename: string; execArgv: string[] | undefined } {
  const isSource = import.meta.url.endsWith('.ts');
  const filename = new URL(isSource ? './parse-task.ts' : './parse-task.js', import.meta.url).href;
  return { filename, execArgv: isSource ? ['--import', 'tsx'] : undefined };
}

export function createParsePool(options: ParsePoolOptions): ParsePool {
  const entry = workerEntry();
  startThreadPoolHere();
  const piscina = new Piscina({
    filename: options.filename ?? entry.filename,
    execArgv: entry.execArgv,
    minThreads: options.workers,
    maxThreads: options.workers,
    // Admission already bounds the work; piscina only ever sees `workers` tasks at once.
    maxQueue: options.workers,
    idleTimeout: 60_000,
    workerData: { nice: options.workerNice ?? 0 },
    resourceLimits: {
      maxOldGenerationSizeMb: options.workerMaxOldMb,
      maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
      stackSizeMb: 4,
    },
  });
  const admission = createAdmission({
    concurrency: options.workers,
    capacity: options.workers + options.queueMax,
  });
  let isClosing = false;
  // Roughly how long a queued request waits: tell clients to come back after one document time.
  const retryAfterSeconds = Math.max(1, Math.ceil(options.docTimeoutMs / 1000));

  return {
    admit() {
      const ticket = admission.tryAdmit();
      if (!ticket) throw new AppError('OVERLOADED', { retryAfterSeconds });
      return ticket;
    },
    async run(ticket, task) {
      await ticket.acquireRun();
      const signal = AbortSignal.timeout(options.docTimeoutMs + KILL_GRACE_MS);
      try {
        return (await piscina.run(task, {
          signal,
          transferList: transferableOf(task.bytes),
        })) as TaskResult<typeof task>;
      } catch (error) {
        if (isClosing) throw new AppError('SHUTTING_DOWN', { cause: error });
        throw toPoolError(error, signal, retryAfterSeconds);
      } finally {
        ticket.release();
      }
    },
    stats: () => ({
      threads: piscina.threads.length,
      threadIds: piscina.threads.map((thread) => thread.threadId),
      running: admission.running(),
      queued: admission.waiting(),
      capacity: options.workers + options.queueMax,
    }),
    async warmUp(runs) {
      if (runs <= 0) return;
      const sample = buildWarmUpSample();
      const total = runs * options.workers;
      let started = 0;
      const lane = async () => {
        while (started < total) {
          started++;
          await piscina.run({
            kind: 'analyze',
            bytes: sample.slice(),
            dismiss: [],
            nowMs: Date.now(),
            timeBudgetMs: options.docTimeoutMs,
          } satisfies ParseTask);
        }
      };
      await Promise.all(Array.from({ length: options.workers }, lane));
    },
    close: () => {
      isClosing = true;
      return piscina.close({ force: true });
    },
  };
}

/**
 * Moves the upload to the worker instead of copying it when it owns its buffer: either the view
 * covers the whole buffer, as uploads read by plugins/read-file-stream.ts do, or the buffer is
 * larger than Node's shared Buffer pool slab (so it is not a slab other Buffers live in) and the
 * view starts at 0. The caller's view is detached afterwards.
 */
function transferableOf(bytes: Uint8Array): ArrayBuffer[] {
  const { buffer } = bytes;
  if (!(buffer instanceof ArrayBuffer) || bytes.byteOffset !== 0) return [];
  const isWhole = bytes.byteLength === buffer.byteLength;
  return isWhole || buffer.byteLength > Buffer.poolSize ? [buffer] : [];
}

function toPoolError(error: unknown, signal: AbortSignal, retryAfterSeconds: number): AppError {
  // Piscina terminates the thread running an aborted task and starts a fresh one.
  if (signal.aborted) return new AppError('DOCUMENT_TIMEOUT', { cause: error });
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new AppError('DOCUMENT_TOO_COMPLEX', { cause: error });
  }
  if (error instanceof Error && /queue is at limit|terminated/i.test(error.message)) {
    return new AppError('OVERLOADED', { retryAfterSeconds, cause: error });
  }
  return new AppError('INTERNAL_ERROR', { cause: error });
}
