/** Embedded PostgreSQL (PGlite): persisted under `${dataDir}/pglite`, or in memory for tests. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PgliteDialect } from './pglite-dialect.js';
import type { DatabaseSchema } from './schema.js';

export const IN_MEMORY_DATA_DIR = 'memory://';

export async function openPglite(dataDir: string): Promise<Kysely<DatabaseSchema>> {
  let location = IN_MEMORY_DATA_DIR;
  if (dataDir !== IN_MEMORY_DATA_DIR) {
    location = join(dataDir, 'pglite');
    // A fresh DATA_DIR should just work; PGlite does not create missing parent folders.
    await mkdir(location, { recursive: true });
  }
  const pglite = await PGlite.create(location);
  return new Kysely<DatabaseSchema>({ dialect: new PgliteDialect(pglite) });
}
