/**
 * Every migration, listed statically: bundles and compiled output have no migrations folder to
 * scan, and a missing file should fail the build, not start-up. Names sort in apply order.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as analyses001 from './001-analyses.js';
import * as sharedReports002 from './002-shared-reports.js';

const migrations: Record<string, Migration> = {
  '001-analyses': analyses001,
  '002-shared-reports': sharedReports002,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
