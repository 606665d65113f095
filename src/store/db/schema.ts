/** Row types as Kysely sees them; src/store/ports.ts owns the shape callers use. */
import type { ColumnType } from 'kysely';

export interface AnalysesTable {
  id: string;
  owner_token_hash: string;
  content_hash: string;
  format: string;
  /** The shared report this analysis shows (reports.key). */
  report_key: string;
  created_at: Date;
  expires_at: Date | null;
  encrypted_text: Uint8Array | null;
}

/** One row per distinct report, shared by every analysis with the same key. */
export interface ReportsTable {
  key: string;
  format: string;
  /** Written as JSON text cast to jsonb; read back as the parsed object. */
  report: ColumnType<unknown, string, string>;
  created_at: Date;
}

export interface DatabaseSchema {
  analyses: AnalysesTable;
  reports: ReportsTable;
}
