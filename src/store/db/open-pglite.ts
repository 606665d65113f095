/** Embedded PostgreSQL (PGlite): persisted under `${dataDir}/pglite`, or in memory for tests. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PgliteDialect } from './pglite-dialect.js';
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
const START_PARAMS = [
  ...PGlite.defaultStartParams,
  ...Object.entries(MEMORY_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
];

export async function openPglite(dataDir: string): Promise<Kysely<DatabaseSchema>> {
  let location = IN_MEMORY_DATA_DIR;
  if (dataDir !== IN_MEMORY_DATA_DIR) {
    location = join(dataDir, 'pglite');
    // A fresh DATA_DIR should just work; PGlite does not create missing parent folders.
    await mkdir(location, { recursive: true });
  }
  const pglite = await PGlite.create(location, { startParams: START_PARAMS });
  return new Kysely<DatabaseSchema>({ dialect: new PgliteDialect(pglite) });
}
