/**
 * The database thread's entry (see pglite-thread.ts): opens PGlite and answers statements in the
 * order they arrive. PGlite runs one statement at a time; the driver on the other side holds its
 * single connection for one caller at a time, so a transaction's statements never interleave.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import type {
  PgliteRequest,
  PgliteResponse,
  PgliteWorkerData,
  SerializedError,
} from './pglite-thread.js';

const port = parentPort!;
const { location, settings } = workerData as PgliteWorkerData;

/** PostgreSQL's error fields (code, constraint, detail, ...) survive the trip; stacks stay here. */
function serializeError(error: unknown): SerializedError {
  const serialized: SerializedError = { message: String((error as Error)?.message ?? error) };
  if (error !== null && typeof error === 'object') {
    for (const [name, value] of Object.entries(error)) {
      if (typeof value === 'string' || typeof value === 'number') serialized[name] = value;
    }
  }
  return serialized;
}

async function answer(pglite: PGlite, request: PgliteRequest): Promise<PgliteResponse> {
  try {
    if (request.kind === 'close') {
      await pglite.close();
      return { id: request.id, result: { rows: [], command: undefined, rowCount: undefined } };
    }
    const result = await pglite.query(request.sql, [...request.parameters]);
    return {
      id: request.id,
      result: {
        rows: result.rows,
        command: result.command?.toUpperCase(),
        rowCount: result.rowCount ?? result.affectedRows,
      },
    };
  } catch (error) {
    return { id: request.id, error: serializeError(error) };
  }
}

// No top-level await: from TypeScript sources this module is loaded as CommonJS (pglite-thread.ts).
void PGlite.create(location, {
  startParams: [
    ...PGlite.defaultStartParams,
    ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
  ],
}).then((pglite) => {
  port.on('message', (request: PgliteRequest) => {
    void answer(pglite, request).then((response) => {
      port.postMessage(response);
      // Nothing else holds the thread open: it exits once the answer is out.
      if (request.kind === 'close') port.close();
    });
  });
  port.postMessage({ id: 0, ready: true } satisfies PgliteResponse);
});
