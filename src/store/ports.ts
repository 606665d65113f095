/**
 * The narrow ports the service talks to (DESIGN.md, principle 5). Each has an embedded default
 * (PGlite, in-memory) and a scale-out implementation (PostgreSQL, Redis) chosen by configuration.
 */
import type { Report } from '../engine/model/report.js';

export interface AnalysisRecord {
  /** Unguessable id (128 bits of randomness, URL-safe). */
  id: string;
  /** SHA-256 of the owner token; the token itself is never stored. */
  ownerTokenHash: string;
  /** SHA-256 of the uploaded bytes. */
  contentHash: string;
  format: string;
  report: Report;
  /** The stored report's key, which is also its cache key (analyses of one input share it). */
  reportKey: string;
  createdAt: Date;
  /** When the stored raw text must be purged (null: no raw text kept). */
  expiresAt: Date | null;
  /** Raw resume text, AES-256-GCM encrypted; only when retention is enabled. */
  encryptedText: Uint8Array | null;
}

/**
 * A record to create. Analyses of the same input share one stored report, identified by
 * `reportKey` (the analysis cache key). The report comes as JSON text already made storable (see
 * db/to-jsonb-text.ts): the service holds it as text from the cache, and re-serialising a large
 * report on every cached upload would cost the event loop milliseconds for nothing.
 */
export interface NewAnalysisRecord extends Omit<AnalysisRecord, 'report'> {
  reportJson: string;
  /**
   * True when the report was computed for this upload, so it is probably not stored yet. False
   * when it came from the cache: the stored copy most likely exists, and the repository sends the
   * report text only if it turns out to be missing.
   */
  isReportComputed: boolean;
}

export interface AnalysisRepository {
  create(record: NewAnalysisRecord): Promise<void>;
  /** The record, or null when it does not exist. */
  get(id: string): Promise<AnalysisRecord | null>;
  /**
   * Deletes everything stored for the analysis, its report too unless another analysis still uses
   * it; true when something was deleted.
   */
  delete(id: string): Promise<boolean>;
  /** Erases raw text past its retention; returns how many records were purged. */
  purgeExpired(now: Date): Promise<number>;
}

export interface Database {
  analyses: AnalysisRepository;
  /** Round-trip check for /ready. */
  ping(): Promise<void>;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export type BackendHealth = 'ok' | 'degraded' | 'down';

export interface Cache {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlSeconds: number): Promise<void>;
  /** Computes once for concurrent callers of the same key (single flight), then caches. */
  getOrCompute<T>(key: string, ttlSeconds: number, compute: () => Promise<T>): Promise<T>;
  delete(key: string): Promise<void>;
  health(): BackendHealth;
  kind: 'memory' | 'redis';
  close(): Promise<void>;
}

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Milliseconds until the window resets. */
  resetMs: number;
}

export interface RateLimitStore {
  /** Counts one hit for `key` in a fixed window of `windowMs`, allowing `limit` hits. */
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
  health(): BackendHealth;
  kind: 'memory' | 'redis';
  close(): Promise<void>;
}
