/** The AnalysisRepository port over Kysely; identical SQL on PGlite and PostgreSQL. */
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Report } from '../../engine/model/report.js';
import type { AnalysisRecord, AnalysisRepository, NewAnalysisRecord } from '../ports.js';
import type { AnalysesTable, DatabaseSchema } from './schema.js';
import { toJsonbText } from './to-jsonb-text.js';

function toRecord(row: Selectable<AnalysesTable>): AnalysisRecord {
  return {
    id: row.id,
    ownerTokenHash: row.owner_token_hash,
    contentHash: row.content_hash,
    format: row.format,
    report: row.report as Report,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    // pg returns a Buffer; callers get the same plain Uint8Array on both backends.
    encryptedText: row.encrypted_text === null ? null : new Uint8Array(row.encrypted_text),
  };
}

function reportJsonOf(record: NewAnalysisRecord): string {
  return record.report === undefined ? record.reportJson : toJsonbText(record.report);
}

export function createAnalysisRepository(db: Kysely<DatabaseSchema>): AnalysisRepository {
  return {
    async create(record) {
      await db
        .insertInto('analyses')
        .values({
          id: record.id,
          owner_token_hash: record.ownerTokenHash,
          content_hash: record.contentHash,
          format: record.format,
          // Typed as text first: PGlite would JSON-encode a parameter it infers as jsonb again.
          report: sql<string>`cast(cast(${reportJsonOf(record)} as text) as jsonb)`,
          created_at: record.createdAt,
          expires_at: record.expiresAt,
          encrypted_text: record.encryptedText,
        })
        .execute();
    },

    async get(id) {
      const row = await db
        .selectFrom('analyses')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    async delete(id) {
      const result = await db.deleteFrom('analyses').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
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
