import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../src/store/db/index.js';

describe('createDatabase with a database URL', () => {
  it('rejects start-up when PostgreSQL cannot be reached', async () => {
    // Port 1 on loopback refuses at once; no server needs to be running.
    const start = createDatabase({
      databaseUrl: 'postgres://nobody@127.0.0.1:1/none',
      dataDir: '',
    });
    await expect(start).rejects.toThrow();
  });

  it('rejects a schema name that is not a plain identifier', async () => {
    const start = createDatabase({
      databaseUrl: 'postgres://nobody@127.0.0.1:1/none',
      dataDir: '',
      schema: 'public; drop table analyses',
    });
    await expect(start).rejects.toThrow(/schema name/);
  });
});
