/**
 * Reports move to their own table, one row per distinct result (keyed by the analysis cache key),
 * so re-uploading a file stores a small analysis row instead of another 20-50 KB jsonb copy.
 *
 * A report is shared, so it cannot belong to one analysis and cascade from it: analyses reference
 * reports (no cascade), and the repository deletes a report with the last analysis using it.
 * Existing analyses each get their own report row under `legacy:<id>`; no cache key starts that way.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('report', 'jsonb', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`insert into reports (key, format, report, created_at)
    select 'legacy:' || id, format, report, created_at from analyses`.execute(db);
  await db.schema.alterTable('analyses').addColumn('report_key', 'text').execute();
  await sql`update analyses set report_key = 'legacy:' || id`.execute(db);
  await db.schema
    .alterTable('analyses')
    .alterColumn('report_key', (col) => col.setNotNull())
    .execute();
  // Named: the repository recognises a missing report by this constraint's violation.
  await db.schema
    .alterTable('analyses')
    .addForeignKeyConstraint('analyses_report_key_fkey', ['report_key'], 'reports', ['key'])
    .execute();
  await db.schema.alterTable('analyses').dropColumn('report').execute();
  // Deleting an analysis asks whether any other analysis still uses its report.
  await db.schema
    .createIndex('analyses_report_key_idx')
    .on('analyses')
    .column('report_key')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('analyses').addColumn('report', 'jsonb').execute();
  await sql`update analyses set report = reports.report
    from reports where reports.key = analyses.report_key`.execute(db);
  await db.schema
    .alterTable('analyses')
    .alterColumn('report', (col) => col.setNotNull())
    .execute();
  // Takes its foreign key and index with it.
  await db.schema.alterTable('analyses').dropColumn('report_key').execute();
  await db.schema.dropTable('reports').execute();
}
