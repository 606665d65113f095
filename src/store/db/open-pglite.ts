/**
 * Embedded PostgreSQL (PGlite): persisted under `${dataDir}/pglite`, or in memory for tests. It
 * runs on a thread of its own (pglite-thread.ts), so the event loop never waits for a statement.
 */
import { execFile } from 'node:child_process';
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Kysely } from 'kysely';
import { PgliteDialect } from './pglite-dialect.js';
import { startPgliteThread } from './pglite-thread.js';
import type { DatabaseSchema } from './schema.js';

export const IN_MEMORY_DATA_DIR = 'memory://';

/**
 * PGlite's defaults are a server's (shared_buffers 128 MB and so on) inside a process that also
 * serves HTTP; the embedded database holds a few small tables, so smaller buffers cut about
 * 140 MB of resident memory (measured in the bench note of issue 5) at no cost we can measure.
 */
const MEMORY_SETTINGS = {
  shared_buffers: '16MB',
  wal_buffers: '1MB',
  temp_buffers: '1MB',
  work_mem: '2MB',
  maintenance_work_mem: '8MB',
};

/**
 * Creating a cluster runs initdb in a second PGlite instance whose WASM memory (hundreds of MB)
 * stays resident long after; doing it in a short-lived child process leaves the server with only
 * the memory of opening an existing cluster (measured: ~800 MB vs ~150-300 MB idle RSS).
 */
async function initializeCluster(location: string): Promise<void> {
  const isFresh = await access(join(location, 'PG_VERSION')).then(
    () => false,
    () => true,
  );
  if (!isFresh) return;
  const script = `const { PGlite } = await import(process.argv[1]);
const db = await PGlite.create(process.argv[2]);
await db.close();`;
  await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', script, import.meta.resolve('@electric-sql/pglite'), location],
    { timeout: 120_000 },
  );
}

export async function openPglite(dataDir: string): Promise<Kysely<DatabaseSchema>> {
  let location = IN_MEMORY_DATA_DIR;
  if (dataDir !== IN_MEMORY_DATA_DIR) {
    location = join(dataDir, 'pglite');
    // A fresh DATA_DIR should just work; PGlite does not create missing parent folders.
    await mkdir(location, { recursive: true });
    await initializeCluster(location);
  }
  const session = await startPgliteThread({ location, settings: MEMORY_SETTINGS });
  return new Kysely<DatabaseSchema>({ dialect: new PgliteDialect(session) });
}
