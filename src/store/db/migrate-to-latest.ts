/**
 * Applies pending migrations. Kysely's Migrator holds a PostgreSQL advisory lock while it runs, so
 * several instances starting together apply each migration once; already applied ones are skipped.
 */
import { type Kysely, Migrator } from 'kysely';
import { migrationProvider } from './migrations/index.js';

export interface MigrateOptions {
  /** Schema holding the migration bookkeeping tables (PostgreSQL isolation); default public. */
  schema?: string;
}

/** Returns the names of the migrations this call applied. */
export async function migrateToLatest<Schema>(
  db: Kysely<Schema>,
  options: MigrateOptions = {},
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === 'Error');
  if (error !== undefined || failed) {
    const name = failed ? ` at ${failed.migrationName}` : '';
    throw new Error(`Database migration failed${name}.`, { cause: error });
  }
  return results.map((result) => result.migrationName);
}
