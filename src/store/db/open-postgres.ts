/** PostgreSQL through a pg pool, optionally confined to one schema through search_path. */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseSchema } from './schema.js';

export interface OpenPostgresOptions {
  databaseUrl: string;
  schema?: string;
  poolSize?: number;
  onError?: (error: Error) => void;
}

// Interpolated into a connection option, so only plain identifiers are accepted.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function openPostgres(options: OpenPostgresOptions): Kysely<DatabaseSchema> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error('The database schema name must be lower-case letters, digits and underscores.');
  }
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.poolSize ?? 10,
    // /ready must answer "down" rather than hang when the server is unreachable.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: 'resume-health',
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its server emits 'error'; unhandled, that would crash the process.
  // The pool drops that client and the next query reconnects, so reporting is enough.
  pool.on('error', (error) => options.onError?.(error));
  return new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
}
