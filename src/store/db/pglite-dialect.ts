/**
 * PGlite speaks PostgreSQL's SQL, so everything but the driver is Kysely's own PostgreSQL pieces.
 */
import {
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
} from 'kysely';
import { PgliteDriver } from './pglite-driver.js';
import type { PgliteSession } from './pglite-thread.js';

export class PgliteDialect implements Dialect {
  readonly #session: PgliteSession;

  constructor(session: PgliteSession) {
    this.#session = session;
  }

  createDriver(): Driver {
    return new PgliteDriver(this.#session);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}
