/**
 * The one repository suite every backend must pass: PGlite in memory and on disk, and PostgreSQL
 * when DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/store/ports.js';
import { allByteValues, makeRecord, toNewRecord } from './analysis-record.js';
import { type OpenBlank, describeSharedReportsContract } from './shared-reports-contract.js';

export function describeDatabaseContract(
  name: string,
  options: {
    kind: Database['kind'];
    /** A database migrated to the latest schema, through createDatabase. */
    open: () => Promise<Database>;
    /**
     * A fresh, never migrated database of the same backend, for the shared-report suite (row counts,
     * migrations). PGlite on disk leaves it out: its SQL is the in-memory engine's, and each fresh
     * cluster costs seconds of initdb.
     */
    openBlank?: OpenBlank;
  },
): void {
  if (options.openBlank) describeSharedReportsContract(name, options.openBlank);

  describe(`${name}: analysis repository`, () => {
    let db: Database;

    // A fresh PGlite cluster runs initdb and starts its database thread: seconds, more when the
    // machine is busy.
    beforeAll(async () => {
      db = await options.open();
    }, 60_000);
    afterAll(async () => {
      await db.close();
    });

    it('reports its kind and answers ping', async () => {
      expect(db.kind).toBe(options.kind);
      await expect(db.ping()).resolves.toBeUndefined();
    });

    it('returns a created record field for field, report and bytes included', async () => {
      const record = makeRecord({
        expiresAt: new Date('2031-06-07T08:09:10.111Z'),
        encryptedText: allByteValues(),
      });
      await db.analyses.create(toNewRecord(record));
      const stored = await db.analyses.get(record.id);
      expect(stored).toStrictEqual(record);
      expect(stored?.encryptedText).toBeInstanceOf(Uint8Array);
      expect(stored?.createdAt).toBeInstanceOf(Date);
    });

    it('keeps an empty byte string distinct from no text', async () => {
      const empty = makeRecord({ encryptedText: new Uint8Array() });
      const none = makeRecord();
      await db.analyses.create(toNewRecord(empty));
      await db.analyses.create(toNewRecord(none));
      expect((await db.analyses.get(empty.id))?.encryptedText).toStrictEqual(new Uint8Array());
      expect((await db.analyses.get(none.id))?.encryptedText).toBeNull();
    });

    it('round-trips a report exactly: decimals, nulls, nesting and non-ASCII text', async () => {
      const record = makeRecord();
      record.report.score.categories = { parseability: 99.5, contact: 0 };
      record.report.contact.location = null;
      record.report.text = 'Ünïcödé ✓ \u{1F600} '.repeat(500);
      await db.analyses.create(toNewRecord(record));
      expect((await db.analyses.get(record.id))?.report).toStrictEqual(record.report);
    });

    it('stores NUL and lone surrogates, which jsonb rejects, as U+FFFD', async () => {
      const record = makeRecord();
      record.report.text = 'a\u0000b\uD800c\uDC00d\u{1F600}';
      await db.analyses.create(toNewRecord(record));
      const stored = await db.analyses.get(record.id);
      expect(stored?.report.text).toBe('a\uFFFDb\uFFFDc\uFFFDd\u{1F600}');
    });

    it('returns null for an unknown id', async () => {
      await expect(db.analyses.get('no-such-analysis')).resolves.toBeNull();
    });

    it('rejects a second record with the same id', async () => {
      const record = makeRecord();
      await db.analyses.create(toNewRecord(record));
      await expect(
        db.analyses.create(toNewRecord({ ...record, format: 'docx' })),
      ).rejects.toThrow();
      expect((await db.analyses.get(record.id))?.format).toBe('pdf');
    });

    it('deletes everything of one analysis and only that one', async () => {
      const doomed = makeRecord({ encryptedText: allByteValues(), expiresAt: new Date() });
      const kept = makeRecord();
      await db.analyses.create(toNewRecord(doomed));
      await db.analyses.create(toNewRecord(kept));
      await expect(db.analyses.delete(doomed.id)).resolves.toBe(true);
      await expect(db.analyses.get(doomed.id)).resolves.toBeNull();
      await expect(db.analyses.delete(doomed.id)).resolves.toBe(false);
      await expect(db.analyses.get(kept.id)).resolves.toStrictEqual(kept);
    });

    it('reports false when deleting an unknown id', async () => {
      await expect(db.analyses.delete('no-such-analysis')).resolves.toBe(false);
    });

    it('purges raw text only from records past their expiry, keeping the report', async () => {
      // Far from "now" so records left by other tests never count.
      const now = new Date('1990-01-01T00:00:00Z');
      const text = allByteValues();
      const expired = makeRecord({
        expiresAt: new Date('1989-12-31T23:59:59Z'),
        encryptedText: text,
      });
      const dueNow = makeRecord({ expiresAt: now, encryptedText: text });
      const future = makeRecord({
        expiresAt: new Date('1990-01-01T00:00:01Z'),
        encryptedText: text,
      });
      const noText = makeRecord();
      for (const record of [expired, dueNow, future, noText])
        await db.analyses.create(toNewRecord(record));

      await expect(db.analyses.purgeExpired(now)).resolves.toBe(2);

      for (const record of [expired, dueNow]) {
        const purged = await db.analyses.get(record.id);
        expect(purged).toStrictEqual({ ...record, encryptedText: null, expiresAt: null });
      }
      await expect(db.analyses.get(future.id)).resolves.toStrictEqual(future);
      await expect(db.analyses.get(noText.id)).resolves.toStrictEqual(noText);
      await expect(db.analyses.purgeExpired(now)).resolves.toBe(0);
    });

    it('serves many concurrent writes and reads', async () => {
      const records = Array.from({ length: 40 }, () =>
        makeRecord({ encryptedText: allByteValues() }),
      );
      await Promise.all(records.map((record) => db.analyses.create(toNewRecord(record))));
      const stored = await Promise.all(records.map((record) => db.analyses.get(record.id)));
      expect(stored).toStrictEqual(records);
    });

    it('rejects queries after close, and closing twice is harmless', async () => {
      const own = await options.open();
      await own.close();
      await expect(own.close()).resolves.toBeUndefined();
      await expect(own.ping()).rejects.toThrow();
    });
  });
}
