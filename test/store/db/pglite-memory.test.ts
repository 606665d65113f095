import { createDatabase } from '../../../src/store/db/index.js';
import { describeDatabaseContract } from './database-contract.js';

describeDatabaseContract('PGlite in memory', {
  kind: 'pglite',
  open: () => createDatabase({ dataDir: 'memory://' }),
});
