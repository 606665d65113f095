import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../src/store/db/index.js';
import { migrateToLatest } from '../../../src/store/db/migrate-to-latest.js';
import { openPglite } from '../../../src/store/db/open-pglite.js';
import { allByteValues, makeRecord, toNewRecord } from './analysis-record.js';
import { describeDatabaseContract } from './database-contract.js';

const dirs: string[] = [];

async function makeDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'resume-health-pglite-'));
  dirs.push(dir);
  // A nested, not yet existing DATA_DIR, as on a fresh clone.
  return join(dir, 'data');
}

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

// Each open gets its own directory: two PGlite instances must never share one.
describeDatabaseContract('PGlite on disk', {
  kind: 'pglite',
  open: async () => createDatabase({ dataDir: await makeDataDir() }),
});

describe('PGlite persistence', () => {
  it('keeps records across a close and reopen, re-running migrations as a no-op', async () => {
    const dataDir = await makeDataDir();
    const record = makeRecord({ encryptedText: allByteValues(), expiresAt: new Date() });

    const first = await createDatabase({ dataDir });
    await first.analyses.create(toNewRecord(record));
    await first.close();
    expect(await readdir(join(dataDir, 'pglite'))).toContain('PG_VERSION');

    const second = await createDatabase({ dataDir });
    try {
      await expect(second.analyses.get(record.id)).resolves.toStrictEqual(record);
    } finally {
      await second.close();
    }

    const db = await openPglite(dataDir);
    try {
      await expect(migrateToLatest(db)).resolves.toStrictEqual([]);
    } finally {
      await db.destroy();
    }
  });
});
