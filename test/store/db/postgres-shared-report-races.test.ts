/**
 * Shared reports when a delete and a create of the same report key overlap, on a real PostgreSQL
 * (PGlite is one session, so it cannot interleave). A second session plays the other instance and
 * holds its transaction open until the repository call is seen waiting on it.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalysisRepository } from '../../../src/store/db/analysis-repository.js';
import { migrateToLatest } from '../../../src/store/db/migrate-to-latest.js';
import { openPostgres } from '../../../src/store/db/open-postgres.js';
import type { DatabaseSchema } from '../../../src/store/db/schema.js';
import type { AnalysisRecord, AnalysisRepository } from '../../../src/store/ports.js';
import { makeRecord, makeReportKey, toNewRecord } from './analysis-record.js';

const databaseUrl = process.env.DATABASE_URL;
const schema = `rh_test_${process.pid}_${randomBytes(4).toString('hex')}_races`;

/** Resolves once another session waits for a lock this session holds. */
async function waitUntilBlocking(session: pg.Client): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const { rows } = await session.query<{ count: number }>(
      `select count(*)::int as count from pg_stat_activity
       where pg_backend_pid() = any(pg_blocking_pids(pid))`,
    );
    if (rows[0]!.count > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('No session ever waited on this one.');
}

describe.skipIf(!databaseUrl)('PostgreSQL: shared reports under concurrent sessions', () => {
  let db: Kysely<DatabaseSchema>;
  let analyses: AnalysisRepository;
  let other: pg.Client;

  beforeAll(async () => {
    db = openPostgres({ databaseUrl: databaseUrl!, schema });
    await migrateToLatest(db, { schema });
    analyses = createAnalysisRepository(db);
    other = new pg.Client({ connectionString: databaseUrl, options: `-c search_path=${schema}` });
    await other.connect();
  });
  afterAll(async () => {
    await other?.end();
    await db?.destroy();
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  });

  const countReports = async (key: string) =>
    (
      await other.query<{ count: number }>(
        'select count(*)::int as count from reports where key = $1',
        [key],
      )
    ).rows[0]!.count;

  const insertInOtherSession = (record: AnalysisRecord, reportKey: string) =>
    other.query(
      `insert into analyses (id, owner_token_hash, content_hash, format, report_key, created_at)
       values ($1, $2, $3, $4, $5, $6)`,
      [record.id, record.ownerTokenHash, record.contentHash, record.format, reportKey, new Date()],
    );

  it('keeps the report when an analysis using it commits while the last other one is deleted', async () => {
    const reportKey = makeReportKey();
    const doomed = makeRecord();
    await analyses.create(toNewRecord(doomed, { reportKey }));
    const arriving = makeRecord({ report: doomed.report, createdAt: new Date() });

    await other.query('begin');
    await insertInOtherSession(arriving, reportKey);
    const deleting = analyses.delete(doomed.id);
    await waitUntilBlocking(other);
    await other.query('commit');

    await expect(deleting).resolves.toBe(true);
    expect(await countReports(reportKey)).toBe(1);
    const stored = await analyses.get(arriving.id);
    expect(stored?.report).toStrictEqual(doomed.report);
  });

  it('stores the report again when a cached create waits on the delete that removes it', async () => {
    const reportKey = makeReportKey();
    const doomed = makeRecord({ reportKey });
    await analyses.create(toNewRecord(doomed));
    const cached = makeRecord({ reportKey, report: doomed.report });

    // The repository's delete, stopped just before its commit.
    await other.query('begin');
    await other.query('delete from analyses where id = $1', [doomed.id]);
    await other.query('select key from reports where key = $1 for update', [reportKey]);
    await other.query(
      `delete from reports where key = $1
       and not exists (select id from analyses where report_key = $1)`,
      [reportKey],
    );
    const creating = analyses.create(toNewRecord(cached, { isReportComputed: false }));
    await waitUntilBlocking(other);
    await other.query('commit');

    await expect(creating).resolves.toBeUndefined();
    await expect(analyses.get(cached.id)).resolves.toStrictEqual(cached);
    expect(await countReports(reportKey)).toBe(1);
  });
});
