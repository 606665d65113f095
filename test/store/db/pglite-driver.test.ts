import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../src/store/db/migrate-to-latest.js';
import { openPglite } from '../../../src/store/db/open-pglite.js';
import type { DatabaseSchema } from '../../../src/store/db/schema.js';
import type { Kysely } from 'kysely';

describe('PGlite Kysely driver', () => {
  let db: Kysely<DatabaseSchema>;

  beforeAll(async () => {
    db = await openPglite('memory://');
  }, 60_000);
  afterAll(async () => {
    await db.destroy();
  });

  it('applies the migrations once and nothing on a second run', async () => {
    await expect(migrateToLatest(db)).resolves.toStrictEqual([
      '001-analyses',
      '002-shared-reports',
    ]);
    await expect(migrateToLatest(db)).resolves.toStrictEqual([]);
  });

  it('keeps other queries out of an open transaction', async () => {
    let markCreated!: () => void;
    const created = new Promise<void>((resolve) => {
      markCreated = resolve;
    });
    let release!: () => void;
    const paused = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = db.transaction().execute(async (trx) => {
      await sql`create temporary table scratch (n int)`.execute(trx);
      markCreated();
      await paused;
      throw new Error('roll back');
    });
    await created;
    // PGlite is one session: had this run inside the open transaction, it would see the table.
    const outside = sql<{ count: number }>`select count(*)::int as count from pg_class
      where relname = 'scratch'`.execute(db);
    release();
    await expect(transaction).rejects.toThrow('roll back');
    expect((await outside).rows[0]?.count).toBe(0);
  });

  it('commits a transaction and reports affected rows', async () => {
    const counts = await db.transaction().execute(async (trx) => {
      await sql`create table counted (n int)`.execute(trx);
      const inserted = await trx
        .insertInto('counted' as 'analyses')
        .values([{ n: 1 }, { n: 2 }] as never)
        .executeTakeFirst();
      return inserted.numInsertedOrUpdatedRows;
    });
    expect(counts).toBe(2n);
    const { rows } = await sql<{ n: number }>`select n from counted order by n`.execute(db);
    expect(rows).toStrictEqual([{ n: 1 }, { n: 2 }]);
  });

  it('brings a database error back from its thread with its PostgreSQL fields', async () => {
    const failed = sql`select 1 / 0`.execute(db);
    await expect(failed).rejects.toMatchObject({ code: '22012', message: 'division by zero' });
    await expect(failed).rejects.toBeInstanceOf(Error);
  });

  it('passes dates, bytes and JSON through the thread unchanged', async () => {
    const at = new Date('2030-01-02T03:04:05.678Z');
    const bytes = Uint8Array.from([0, 1, 254, 255]);
    const query = sql<{ at: Date; bytes: Uint8Array; json: unknown }>`select ${at}::timestamptz
      as at, ${bytes}::bytea as bytes, '{"a":[1,"b"]}'::jsonb as json`;
    const { rows } = await query.execute(db);
    expect(rows[0]).toStrictEqual({ at, bytes, json: { a: [1, 'b'] } });
  });

  it('refuses to report success when COMMIT rolled back an aborted transaction', async () => {
    const attempt = db.transaction().execute(async (trx) => {
      await sql`select 1 / 0`.execute(trx).catch(() => undefined);
    });
    await expect(attempt).rejects.toThrow(/aborted/);
    await expect(sql`select 1`.execute(db)).resolves.toBeDefined();
  });
});
