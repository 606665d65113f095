import { createDatabase } from '../../../src/store/db/index.js';
import { openPglite } from '../../../src/store/db/open-pglite.js';
import { describeDatabaseContract } from './database-contract.js';

describeDatabaseContract('PGlite in memory', {
  kind: 'pglite',
  open: () => createDatabase({ dataDir: 'memory://' }),
  openBlank: async () => ({ db: await openPglite('memory://') }),
});
