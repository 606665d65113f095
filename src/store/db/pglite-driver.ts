/**
 * A Kysely driver for PGlite, written here instead of pulling in kysely-pglite: PGlite is one
 * connection (on its own thread, see pglite-thread.ts), so the driver hands that connection to one
 * caller at a time.
 */
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { ConnectionLock } from './connection-lock.js';
import type { PgliteSession } from './pglite-thread.js';

const COUNTED_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

class PgliteConnection implements DatabaseConnection {
  readonly #session: PgliteSession;

  constructor(session: PgliteSession) {
    this.#session = session;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.#session.query(compiledQuery.sql, compiledQuery.parameters);
    const { command } = result;
    // Same shape as Kysely's PostgresDriver, so commitTransaction can spot an aborted COMMIT.
    if (command === 'COMMIT' || command === 'ROLLBACK') {
      return { rows: [{ command } as R] };
    }
    return {
      numAffectedRows:
        command !== undefined && COUNTED_COMMANDS.has(command)
          ? BigInt(result.rowCount ?? 0)
          : undefined,
      rows: result.rows as R[],
    };
  }

  // eslint-disable-next-line require-yield -- the port requires an iterator; PGlite has no cursors
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on PGlite.');
  }
}

export class PgliteDriver implements Driver {
  readonly #session: PgliteSession;
  readonly #connection: PgliteConnection;
  readonly #lock = new ConnectionLock();
  #release: (() => void) | undefined;

  constructor(session: PgliteSession) {
    this.#session = session;
    this.#connection = new PgliteConnection(session);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    this.#release = await this.#lock.acquire();
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    const modes = [
      settings.isolationLevel ? `isolation level ${settings.isolationLevel}` : '',
      settings.accessMode ?? '',
    ].filter(Boolean);
    await connection.executeQuery(CompiledQuery.raw(['start transaction', ...modes].join(' ')));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const { rows } = await connection.executeQuery<{ command: string }>(
      CompiledQuery.raw('commit'),
    );
    // PostgreSQL answers COMMIT with ROLLBACK when an earlier statement aborted the transaction.
    if (rows[0]?.command === 'ROLLBACK') {
      throw new Error('The transaction was aborted by an earlier error and has been rolled back.');
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    // Only one caller holds the connection at a time, so the current release is theirs.
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {
    await this.#session.close();
  }
}
