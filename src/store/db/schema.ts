/** Row types as Kysely sees them; src/store/ports.ts owns the shape callers use. */
import type { ColumnType } from 'kysely';

export interface AnalysesTable {
  id: string;
  owner_token_hash: string;
  content_hash: string;
  format: string;
  /** Written as JSON text cast to jsonb; read back as the parsed object. */
  report: ColumnType<unknown, string, string>;
  created_at: Date;
  expires_at: Date | null;
  encrypted_text: Uint8Array | null;
}

export interface DatabaseSchema {
  analyses: AnalysesTable;
}
