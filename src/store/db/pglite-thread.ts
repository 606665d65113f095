/**
 * Embedded PostgreSQL (PGlite) on a thread of its own. PGlite runs its WebAssembly synchronously,
 * so in the server's thread every statement would stall the event loop (measured in issue 5:
 * about a quarter of the main thread's CPU under cached uploads). Here the event loop only posts a
 * statement and later takes the answer, and writes that arrive meanwhile group into the next one.
 *
 * Statements travel as messages; parameters and rows cross by structured clone, which keeps what
 * PGlite gives and takes (Dates, byte arrays, parsed JSON). A database error comes back with its
 * PostgreSQL fields (code, constraint, ...), so callers see the same error as in-process.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface PgliteQueryResult {
  rows: unknown[];
  /** The command tag's verb, upper-case (INSERT, COMMIT, ...). */
  command: string | undefined;
  /** Rows the statement returned or changed. */
  rowCount: number | undefined;
}

export interface PgliteSession {
  query(sql: string, parameters: readonly unknown[]): Promise<PgliteQueryResult>;
  close(): Promise<void>;
}

/** Messages between this module and pglite-worker.ts. */
export type PgliteRequest =
  | { id: number; kind: 'query'; sql: string; parameters: readonly unknown[] }
  | { id: number; kind: 'close' };
export type PgliteResponse =
  | { id: number; result: PgliteQueryResult }
  | { id: number; error: SerializedError }
  | { id: 0; ready: true };
export type SerializedError = { message: string } & Record<string, string | number | undefined>;

export interface PgliteWorkerData {
  location: string;
  settings: Record<string, string>;
}

interface Pending {
  resolve: (result: PgliteQueryResult) => void;
  reject: (error: Error) => void;
}

/**
 * From dist the thread runs pglite-worker.js and inherits the process's flags. From TypeScript
 * sources (vitest, tsx) it requires pglite-worker.ts through tsx's CommonJS hook, as piscina does
 * for the parse pool: on Node 20 a worker's ES module loader does not take tsx's hooks.
 */
function createWorker(workerData: PgliteWorkerData): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./pglite-worker.js', import.meta.url), { workerData });
  }
  const path = fileURLToPath(new URL('./pglite-worker.ts', import.meta.url));
  return new Worker(`require(${JSON.stringify(path)})`, {
    eval: true,
    execArgv: ['--require', 'tsx/cjs'],
    workerData,
  });
}

function toError(serialized: SerializedError): Error {
  const { message, ...fields } = serialized;
  return Object.assign(new Error(message), fields);
}

/** Starts the thread and resolves once PGlite has opened `location`. */
export function startPgliteThread(data: PgliteWorkerData): Promise<PgliteSession> {
  const worker = createWorker(data);
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let failure: Error | undefined;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));

  const send = (request: PgliteRequest) =>
    new Promise<PgliteQueryResult>((resolve, reject) => {
      if (failure) {
        reject(failure);
        return;
      }
      // A thread with statements in flight keeps the process alive; an idle one does not.
      if (pending.size === 0) worker.ref();
      pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });

  return new Promise((resolveStart, rejectStart) => {
    const fail = (error: Error) => {
      failure ??= error;
      rejectStart(failure);
      for (const { reject } of pending.values()) reject(failure);
      pending.clear();
    };
    worker.on('error', fail);
    worker.once('exit', (code) => fail(new Error(`The database thread exited (code ${code}).`)));
    worker.on('message', (response: PgliteResponse) => {
      if ('ready' in response) {
        worker.unref();
        resolveStart(session);
        return;
      }
      const waiter = pending.get(response.id);
      if (!waiter) return;
      pending.delete(response.id);
      if (pending.size === 0) worker.unref();
      if ('error' in response) waiter.reject(toError(response.error));
      else waiter.resolve(response.result);
    });

    let closing: Promise<void> | undefined;
    const session: PgliteSession = {
      query: (sql, parameters) => send({ id: nextId++, kind: 'query', sql, parameters }),
      close() {
        closing ??= send({ id: nextId++, kind: 'close' }).then(
          () => exited,
          () => exited,
        );
        return closing;
      },
    };
  });
}
