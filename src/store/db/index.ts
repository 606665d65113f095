export { createDatabase, type CreateDatabaseOptions } from './create-database.js';
export { startRetentionJob, type RetentionJobOptions } from './start-retention-job.js';
export { toJsonbText } from './to-jsonb-text.js';
