/**
 * The AnalysisRepository port over Kysely; identical SQL on PGlite and PostgreSQL.
 *
 * Analyses of the same input share one report row (migrations/002-shared-reports.ts). A cached
 * upload inserts only its small analysis row: sending the 20-50 KB report again would cost the
 * embedded database milliseconds of CPU per upload. The report is sent only when it
 * was just computed, or when the cached upload finds its report row gone (deleted with its last
 * analysis, or a database reset under a surviving cache).
 */
import { CompiledQuery, type Kysely, type Selectable, sql } from 'kysely';
import type { Report } from '../../engine/model/report.js';
import type { AnalysisRecord, AnalysisRepository, NewAnalysisRecord } from '../ports.js';
import { createGroupCommit } from './group-commit.js';
import type { AnalysesTable, DatabaseSchema } from './schema.js';

const REPORT_KEY_CONSTRAINT = 'analyses_report_key_fkey';

type AnalysisRow = Selectable<AnalysesTable> & { report: unknown };

function toRecord(row: AnalysisRow): AnalysisRecord {
  return {
    id: row.id,
    ownerTokenHash: row.owner_token_hash,
    contentHash: row.content_hash,
    format: row.format,
    report: row.report as Report,
    reportKey: row.report_key,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    // pg returns a Buffer; callers get the same plain Uint8Array on both backends.
    encryptedText: row.encrypted_text === null ? null : new Uint8Array(row.encrypted_text),
  };
}

function toAnalysisRow(record: NewAnalysisRecord): AnalysesTable {
  return {
    id: record.id,
    owner_token_hash: record.ownerTokenHash,
    content_hash: record.contentHash,
    format: record.format,
    report_key: record.reportKey,
    created_at: record.createdAt,
    expires_at: record.expiresAt,
    encrypted_text: record.encryptedText,
  };
}

const batchInsertTexts: string[] = [];

/**
 * The multi-row insert of `rows` rows of `columns`, built once per batch size: under load every
 * cached upload goes through here, and the query builder would compile the same statement for each
 * batch. The columns are always toAnalysisRow's, in its order.
 */
function batchInsertText(columns: readonly string[], rows: number): string {
  const cached = batchInsertTexts[rows];
  if (cached) return cached;
  const width = columns.length;
  const tuples = Array.from(
    { length: rows },
    (_, row) => `(${columns.map((_, column) => `$${row * width + column + 1}`).join(', ')})`,
  );
  const names = columns.map((name) => `"${name}"`).join(', ');
  const text = `insert into "analyses" (${names}) values ${tuples.join(', ')}`;
  batchInsertTexts[rows] = text;
  return text;
}

function batchInsert(records: readonly NewAnalysisRecord[]): CompiledQuery {
  const rows = records.map(toAnalysisRow);
  const columns = Object.keys(rows[0]!);
  const parameters = rows.flatMap((row) => Object.values(row));
  return CompiledQuery.raw(batchInsertText(columns, rows.length), parameters);
}

/** The insert referenced a report row that does not exist (pg and PGlite both expose these). */
function isMissingReport(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return code === '23503' && constraint === REPORT_KEY_CONSTRAINT;
}

export function createAnalysisRepository(db: Kysely<DatabaseSchema>): AnalysisRepository {
  const insertAnalysis = (record: NewAnalysisRecord) =>
    db.insertInto('analyses').values(toAnalysisRow(record)).execute();

  // One statement: the foreign key is checked at its end, where the report row inserted by the
  // CTE is visible. An existing report is kept (the same key means the same result).
  const insertWithReport = (record: NewAnalysisRecord) =>
    db
      .with('stored_report', (qb) =>
        qb
          .insertInto('reports')
          .values({
            key: record.reportKey,
            format: record.format,
            // Typed as text first: PGlite would JSON-encode a parameter it infers as jsonb again.
            report: sql<string>`cast(cast(${record.reportJson} as text) as jsonb)`,
            created_at: record.createdAt,
          })
          .onConflict((conflict) => conflict.column('key').doNothing()),
      )
      .insertInto('analyses')
      .values(toAnalysisRow(record))
      .execute();

  const createOne = async (record: NewAnalysisRecord) => {
    try {
      await (record.isReportComputed ? insertWithReport(record) : insertAnalysis(record));
    } catch (error) {
      // The report row went between the cache filling and now, or a concurrent delete took
      // it after our conflict check: store it again, once.
      if (!isMissingReport(error)) throw error;
      await insertWithReport(record);
    }
  };

  // Cached uploads (small rows) are written in groups under load: one multi-row insert, all or
  // nothing; if it fails, each row is written on its own so one bad row fails alone.
  const insertCached = createGroupCommit<NewAnalysisRecord>(async (records) => {
    if (records.length > 1) {
      try {
        await db.executeQuery(batchInsert(records));
        return records.map(() => ({ status: 'fulfilled', value: undefined }));
      } catch {
        // Fall through to one insert per row.
      }
    }
    return Promise.allSettled(records.map(createOne));
  });

  return {
    async create(record) {
      await (record.isReportComputed ? createOne(record) : insertCached(record));
    },

    async get(id) {
      const row = await db
        .selectFrom('analyses')
        .innerJoin('reports', 'reports.key', 'analyses.report_key')
        .select([
          'analyses.id',
          'analyses.owner_token_hash',
          'analyses.content_hash',
          'analyses.format',
          'reports.report',
          'analyses.report_key',
          'analyses.created_at',
          'analyses.expires_at',
          'analyses.encrypted_text',
        ])
        .where('analyses.id', '=', id)
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    async delete(id) {
      return db.transaction().execute(async (trx) => {
        const deleted = await trx
          .deleteFrom('analyses')
          .where('id', '=', id)
          .returning('report_key')
          .executeTakeFirst();
        if (!deleted) return false;
        const key = deleted.report_key;
        // An insert referencing the report holds a key-share lock on its row until it commits,
        // and FOR UPDATE waits for it; the check below then runs on a fresh snapshot (read
        // committed) that sees that analysis. An insert arriving after the lock waits for this
        // transaction instead, finds the report gone and stores it again (create's retry).
        await trx.selectFrom('reports').select('key').where('key', '=', key).forUpdate().execute();
        await trx
          .deleteFrom('reports')
          .where('key', '=', key)
          .where(({ not, exists, selectFrom }) =>
            not(exists(selectFrom('analyses').select('id').where('report_key', '=', key))),
          )
          .execute();
        return true;
      });
    },

    async purgeExpired(now) {
      const result = await db
        .updateTable('analyses')
        .set({ encrypted_text: null, expires_at: null })
        .where('expires_at', '<=', now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
