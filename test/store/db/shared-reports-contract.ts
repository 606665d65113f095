/**
 * Shared reports (migration 002) on every backend: analyses of the same report key share one row,
 * the row goes with its last analysis, a cached create survives a missing row, and analyses stored
 * before the migration stay readable. Row counts need the raw database, so these suites open their
 * own through `openBlank`.
 */
import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalysisRepository } from '../../../src/store/db/analysis-repository.js';
import { toJsonbText } from '../../../src/store/db/index.js';
import { migrateToLatest } from '../../../src/store/db/migrate-to-latest.js';
import { migrationProvider } from '../../../src/store/db/migrations/index.js';
import type { DatabaseSchema } from '../../../src/store/db/schema.js';
import type { AnalysisRecord, AnalysisRepository } from '../../../src/store/ports.js';
import { allByteValues, makeRecord, makeReportKey, toNewRecord } from './analysis-record.js';

export type OpenBlank = () => Promise<{ db: Kysely<DatabaseSchema>; schema?: string }>;

async function countReports(db: Kysely<DatabaseSchema>, key: string): Promise<number> {
  const { rows } = await sql<{ count: number }>`select count(*)::int as count from reports
    where key = ${key}`.execute(db);
  return rows[0]!.count;
}

/** A row as migration 001 stored it, report inline. */
async function insertVersion1Row(db: Kysely<DatabaseSchema>, record: AnalysisRecord) {
  await sql`insert into analyses
      (id, owner_token_hash, content_hash, format, report, created_at, expires_at, encrypted_text)
    values (${record.id}, ${record.ownerTokenHash}, ${record.contentHash}, ${record.format},
      cast(cast(${toJsonbText(record.report)} as text) as jsonb), ${record.createdAt},
      ${record.expiresAt}, ${record.encryptedText})`.execute(db);
}

export function describeSharedReportsContract(name: string, openBlank: OpenBlank): void {
  describe(`${name}: shared reports`, () => {
    let db: Kysely<DatabaseSchema>;
    let analyses: AnalysisRepository;

    beforeAll(async () => {
      const blank = await openBlank();
      db = blank.db;
      await migrateToLatest(db, { schema: blank.schema });
      analyses = createAnalysisRepository(db);
    }, 60_000);
    afterAll(async () => {
      await db.destroy();
    });

    it('stores one report row for analyses of the same key and keeps the first', async () => {
      const reportKey = makeReportKey();
      const first = makeRecord({ reportKey });
      const cached = makeRecord({ reportKey, report: first.report });
      // Recomputed elsewhere, e.g. by another instance; the same key means the same result.
      const recomputed = makeRecord({ reportKey, format: 'docx' });
      await analyses.create(toNewRecord(first));
      await analyses.create(toNewRecord(cached, { isReportComputed: false }));
      await analyses.create(toNewRecord(recomputed));

      expect(await countReports(db, reportKey)).toBe(1);
      await expect(analyses.get(first.id)).resolves.toStrictEqual(first);
      await expect(analyses.get(cached.id)).resolves.toStrictEqual(cached);
      await expect(analyses.get(recomputed.id)).resolves.toStrictEqual({
        ...recomputed,
        report: first.report,
      });
    });

    it('sends no report text on a cached create whose report is stored', async () => {
      const reportKey = makeReportKey();
      const first = makeRecord({ reportKey });
      const cached = makeRecord({ reportKey, report: first.report });
      await analyses.create(toNewRecord(first));
      // Not JSON: casting it to jsonb would fail the insert.
      const unused = { reportKey, reportJson: 'not json', isReportComputed: false };
      await analyses.create(toNewRecord(cached, unused));
      await expect(analyses.get(cached.id)).resolves.toStrictEqual(cached);
    });

    it('keeps a shared report for the others when one analysis is deleted', async () => {
      const reportKey = makeReportKey();
      const doomed = makeRecord({
        reportKey,
        encryptedText: allByteValues(),
        expiresAt: new Date(),
      });
      const kept = makeRecord({ reportKey, report: doomed.report });
      await analyses.create(toNewRecord(doomed));
      await analyses.create(toNewRecord(kept, { isReportComputed: false }));

      await expect(analyses.delete(doomed.id)).resolves.toBe(true);
      await expect(analyses.get(doomed.id)).resolves.toBeNull();
      await expect(analyses.get(kept.id)).resolves.toStrictEqual(kept);
      expect(await countReports(db, reportKey)).toBe(1);

      await expect(analyses.delete(kept.id)).resolves.toBe(true);
      expect(await countReports(db, reportKey)).toBe(0);
    });

    it('stores the report again when a cached create finds its row gone', async () => {
      const reportKey = makeReportKey();
      const earlier = makeRecord({ reportKey });
      await analyses.create(toNewRecord(earlier));
      await analyses.delete(earlier.id);
      expect(await countReports(db, reportKey)).toBe(0);

      const cached = makeRecord({ reportKey, report: earlier.report });
      await analyses.create(toNewRecord(cached, { isReportComputed: false }));
      await expect(analyses.get(cached.id)).resolves.toStrictEqual(cached);
      expect(await countReports(db, reportKey)).toBe(1);
    });

    it('stores the report of a cached create after a database reset (key never stored)', async () => {
      const cached = makeRecord();
      await analyses.create(toNewRecord(cached, { isReportComputed: false }));
      await expect(analyses.get(cached.id)).resolves.toStrictEqual(cached);
    });

    it('stores concurrent cached creates together, failing only the bad one', async () => {
      const reportKey = makeReportKey();
      const first = makeRecord({ reportKey });
      await analyses.create(toNewRecord(first));
      const cached = Array.from({ length: 12 }, () =>
        makeRecord({ reportKey, report: first.report }),
      );
      // Its report was never stored: the batch falls back to single inserts, and this one is
      // stored with its report.
      const orphan = makeRecord();
      const creates = [
        ...cached.map((record) =>
          analyses.create(toNewRecord(record, { isReportComputed: false })),
        ),
        analyses.create(toNewRecord(orphan, { isReportComputed: false })),
        // An id already taken: the only create that fails.
        analyses.create(toNewRecord(first, { isReportComputed: false })),
      ];
      const outcomes = await Promise.allSettled(creates);
      expect(outcomes.map((outcome) => outcome.status)).toEqual([
        ...cached.map(() => 'fulfilled'),
        'fulfilled',
        'rejected',
      ]);
      for (const record of [...cached, orphan]) {
        await expect(analyses.get(record.id)).resolves.toStrictEqual(record);
      }
      expect(await countReports(db, reportKey)).toBe(1);
    });

    it('leaves nothing behind when a create fails after its report was inserted', async () => {
      const reportKey = makeReportKey();
      const record = makeRecord();
      await analyses.create(toNewRecord(record));
      // The same id again, with a report of its own: the one statement fails as a whole.
      await expect(analyses.create(toNewRecord(record, { reportKey }))).rejects.toThrow();
      expect(await countReports(db, reportKey)).toBe(0);
    });

    it('migrates 001 rows to 002 readable, and back down without losing a report', async () => {
      const blank = await openBlank();
      const own = blank.db;
      const migrator = new Migrator({
        db: own,
        provider: migrationProvider,
        ...(blank.schema ? { migrationTableSchema: blank.schema } : {}),
      });
      try {
        await expect(migrator.migrateTo('001-analyses')).resolves.toMatchObject({
          results: [{ migrationName: '001-analyses', status: 'Success' }],
        });
        const old = makeRecord({ encryptedText: allByteValues(), expiresAt: new Date() });
        const older = makeRecord({ format: 'docx', createdAt: new Date('2024-05-06T07:08:09Z') });
        await insertVersion1Row(own, old);
        await insertVersion1Row(own, older);

        await expect(migrateToLatest(own, { schema: blank.schema })).resolves.toStrictEqual([
          '002-shared-reports',
        ]);
        const repository = createAnalysisRepository(own);
        // Rows from before 002 each got a report of their own, under a legacy key.
        const legacyKey = (id: string) => `legacy:${id}`;
        await expect(repository.get(old.id)).resolves.toStrictEqual({
          ...old,
          reportKey: legacyKey(old.id),
        });
        await expect(repository.get(older.id)).resolves.toStrictEqual({
          ...older,
          reportKey: legacyKey(older.id),
        });
        expect(await countReports(own, legacyKey(old.id))).toBe(1);
        await repository.delete(older.id);
        expect(await countReports(own, legacyKey(older.id))).toBe(0);

        const reportKey = makeReportKey();
        const shared = [makeRecord({ reportKey }), makeRecord({ reportKey })];
        shared[1]!.report = shared[0]!.report;
        for (const record of shared) await repository.create(toNewRecord(record));

        await expect(migrator.migrateTo('001-analyses')).resolves.toMatchObject({
          results: [{ migrationName: '002-shared-reports', status: 'Success' }],
        });
        const { rows } = await sql<{ id: string; report: unknown }>`select id, report
          from analyses`.execute(own);
        const reports = Object.fromEntries(rows.map((row) => [row.id, row.report]));
        expect(reports).toStrictEqual({
          [old.id]: old.report,
          [shared[0]!.id]: shared[0]!.report,
          [shared[1]!.id]: shared[0]!.report,
        });
      } finally {
        await own.destroy();
      }
    });
  });
}
