/**
 * The repository suite against a real PostgreSQL (CI sets DATABASE_URL). Each run works in its own
 * schemas, dropped afterwards, so parallel runs and other suites never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../src/store/db/index.js';
import { openPostgres } from '../../../src/store/db/open-postgres.js';
import { allByteValues, makeRecord, toNewRecord } from './analysis-record.js';
import { describeDatabaseContract } from './database-contract.js';

const databaseUrl = process.env.DATABASE_URL;
const runId = `rh_test_${process.pid}_${randomBytes(4).toString('hex')}`;
const schemas: string[] = [];

function newSchema(label: string): string {
  const schema = `${runId}_${label}`;
  schemas.push(schema);
  return schema;
}

async function queryAdmin<R extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await client.query<R>(text, values);
  } finally {
    await client.end();
  }
}

describe.skipIf(!databaseUrl)('PostgreSQL', () => {
  afterAll(async () => {
    for (const schema of schemas) await queryAdmin(`drop schema if exists ${schema} cascade`);
  });

  const contractSchema = newSchema('contract');
  describeDatabaseContract('PostgreSQL', {
    kind: 'postgres',
    open: () => createDatabase({ databaseUrl, dataDir: 'unused', schema: contractSchema }),
    openBlank: async () => {
      const schema = newSchema(`blank_${schemas.length}`);
      return { db: openPostgres({ databaseUrl: databaseUrl!, schema }), schema };
    },
  });

  it('creates its tables in the configured schema, not in public', async () => {
    const schema = newSchema('placement');
    const db = await createDatabase({ databaseUrl, dataDir: 'unused', schema });
    await db.close();
    const { rows } = await queryAdmin<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = $1
       order by table_name`,
      [schema],
    );
    expect(rows.map((row) => row.table_name)).toStrictEqual([
      'analyses',
      'kysely_migration',
      'kysely_migration_lock',
      'reports',
    ]);
  });

  it('migrates once when two instances start at the same time, then reopens as a no-op', async () => {
    const schema = newSchema('concurrent');
    const options = { databaseUrl, dataDir: 'unused', schema };
    const [first, second] = await Promise.all([createDatabase(options), createDatabase(options)]);
    const record = makeRecord({ encryptedText: allByteValues() });
    await first.analyses.create(toNewRecord(record));
    await expect(second.analyses.get(record.id)).resolves.toStrictEqual(record);
    await Promise.all([first.close(), second.close()]);

    const reopened = await createDatabase(options);
    try {
      await expect(reopened.analyses.get(record.id)).resolves.toStrictEqual(record);
    } finally {
      await reopened.close();
    }
    const { rows } = await queryAdmin<{ name: string }>(
      `select name from ${schema}.kysely_migration order by name`,
    );
    expect(rows.map((row) => row.name)).toStrictEqual(['001-analyses', '002-shared-reports']);
  });
});
