/**
 * The storage factory: PostgreSQL when a URL is configured, embedded PGlite otherwise, migrated to
 * the latest schema before it is handed out.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../ports.js';
import { createAnalysisRepository } from './analysis-repository.js';
import { migrateToLatest } from './migrate-to-latest.js';
import { openPglite } from './open-pglite.js';
import { openPostgres } from './open-postgres.js';
import type { DatabaseSchema } from './schema.js';

export interface CreateDatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite lives under `${dataDir}/pglite`; 'memory://' keeps it in memory (tests). */
  dataDir: string;
  /** PostgreSQL only: keep tables in this schema (created if missing), e.g. per test run. */
  schema?: string;
  /** PostgreSQL only: pool size (default 10). */
  poolSize?: number;
  /** PostgreSQL only: errors of idle pooled connections, for logging. */
  onError?: (error: Error) => void;
}

export async function createDatabase(options: CreateDatabaseOptions): Promise<Database> {
  const kind = options.databaseUrl ? 'postgres' : 'pglite';
  const db: Kysely<DatabaseSchema> = options.databaseUrl
    ? openPostgres({ ...options, databaseUrl: options.databaseUrl })
    : await openPglite(options.dataDir);
  try {
    await migrateToLatest(db, {
      schema: kind === 'postgres' ? options.schema : undefined,
    });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    kind,
    analyses: createAnalysisRepository(db),
    async ping() {
      await sql`select 1`.execute(db);
    },
    close() {
      closing ??= db.destroy();
      return closing;
    },
  };
}
