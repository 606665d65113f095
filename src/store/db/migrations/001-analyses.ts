/**
 * The analyses table. Rows hold derived results; raw text only encrypted and only until
 * expires_at. Tables added later that belong to one analysis must reference analyses(id) with
 * ON DELETE CASCADE, so deleting an analysis keeps erasing all of it. (Shared reports, which belong
 * to no single analysis, are removed by the repository instead: see 002-shared-reports.ts.)
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('analyses')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('owner_token_hash', 'text', (col) => col.notNull())
    .addColumn('content_hash', 'text', (col) => col.notNull())
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('report', 'jsonb', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz')
    .addColumn('encrypted_text', 'bytea')
    .execute();
  await db.schema
    .createIndex('analyses_content_hash_idx')
    .on('analyses')
    .column('content_hash')
    .execute();
  // Partial: the purge only ever looks for rows that still hold raw text.
  await db.schema
    .createIndex('analyses_expires_at_idx')
    .on('analyses')
    .column('expires_at')
    .where(sql.ref('expires_at'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('analyses').execute();
}
