/**
 * Analyses: admit, read the upload, analyse in a worker (or take the cached report), store, answer.
 * Reports are stored and cached without the resume text; the text is kept only when retention is
 * on, and then only AES-256-GCM encrypted (issue 5, "Storage and cache").
 */
import type { Report } from '../../engine/index.js';
import { CacheUnavailableError } from '../../store/cache/index.js';
import { createTextCipher, type TextCipher } from '../../store/crypto/index.js';
import type { AnalysisRecord, Cache, Database, NewAnalysisRecord } from '../../store/ports.js';
import type { ParsePool } from '../../worker/pool.js';
import type { Config } from '../../config.js';
import { AppError } from '../errors.js';
import type { Metrics } from '../metrics.js';
import { ANALYSIS_ID, createAnalysisId, createOwnerToken, hashToken, isTokenOf } from './ids.js';
import { computeReport, escapeNonAscii } from './compute-report.js';
import type { AnalysisUpload } from './upload.js';

const DAY_MS = 86_400_000;

/** The report as the API returns it; `text` is present only while it is retained. */
export type ApiReport = Omit<Report, 'text'> & { text?: string };

export interface AnalysisView {
  id: string;
  createdAt: string;
  report: ApiReport;
}

/** A new analysis; its report is JSON text, sent as is (no re-serialisation per cached upload). */
export interface CreatedAnalysis {
  id: string;
  createdAt: string;
  ownerToken: string;
  /** ASCII only: non-ASCII characters are \u escapes, so each character is one byte. */
  reportJson: string;
}

export interface AnalysisService {
  create(readUpload: () => Promise<AnalysisUpload>): Promise<CreatedAnalysis>;
  get(id: string, ownerToken: string | undefined): Promise<AnalysisView>;
  delete(id: string, ownerToken: string | undefined): Promise<void>;
}

export interface AnalysisServiceDeps {
  config: Config;
  database: Database;
  cache: Cache;
  pool: ParsePool;
  metrics: Metrics;
  now?: () => Date;
}

export function createAnalysisService(deps: AnalysisServiceDeps): AnalysisService {
  const { config, database, pool } = deps;
  const now = deps.now ?? (() => new Date());
  const cipher: TextCipher | undefined =
    config.retentionDays > 0 && config.encryptionKey
      ? createTextCipher(config.encryptionKey)
      : undefined;

  const findOwned = async (id: string, ownerToken: string | undefined) => {
    // Malformed ids, unknown ids and wrong tokens all look the same from outside.
    const record = ANALYSIS_ID.test(id) ? await database.analyses.get(id) : null;
    if (!record || !isTokenOf(ownerToken, record.ownerTokenHash)) throw new AppError('NOT_FOUND');
    return record;
  };

  const view = (record: AnalysisRecord): AnalysisView => {
    const { text: _stored, ...report } = record.report as ApiReport;
    const text =
      cipher && record.encryptedText ? cipher.decrypt(record.encryptedText, record.id) : undefined;
    return {
      id: record.id,
      createdAt: record.createdAt.toISOString(),
      report: text === undefined ? report : { ...report, text },
    };
  };

  return {
    async create(readUpload) {
      const ticket = pool.admit();
      try {
        const upload = await readUpload();
        const at = now();
        const analysis = await computeReport({ ...deps, cipher }, ticket, upload, at);
        const id = createAnalysisId();
        const ownerToken = createOwnerToken();
        const record: NewAnalysisRecord = {
          id,
          ownerTokenHash: hashToken(ownerToken),
          contentHash: analysis.contentHash,
          format: analysis.format,
          reportKey: analysis.reportKey,
          reportJson: analysis.reportJson,
          isReportComputed: analysis.isReportComputed,
          createdAt: at,
          expiresAt: cipher ? new Date(at.getTime() + config.retentionDays * DAY_MS) : null,
          encryptedText:
            cipher && analysis.text !== undefined ? cipher.encrypt(analysis.text, id) : null,
        };
        await database.analyses.create(record);
        const reportJson =
          analysis.text === undefined
            ? analysis.reportJson
            : withText(analysis.reportJson, analysis.text);
        return { id, createdAt: at.toISOString(), ownerToken, reportJson };
      } finally {
        ticket.release();
      }
    },
    async get(id, ownerToken) {
      return view(await findOwned(id, ownerToken));
    },
    async delete(id, ownerToken) {
      const record = await findOwned(id, ownerToken);
      // The cached report goes first: if the shared cache cannot erase it, nothing is erased and
      // the owner can retry, instead of losing the record while a copy outlives it in the cache.
      await deps.cache.delete(record.reportKey).catch((error: unknown) => {
        if (error instanceof CacheUnavailableError) {
          throw new AppError('CACHE_UNAVAILABLE', { retryAfterSeconds: 5, cause: error });
        }
        throw error;
      });
      await database.analyses.delete(id);
    },
  };
}

/** Adds `text` as the last member of a report's JSON object text, keeping it ASCII only. */
function withText(reportJson: string, text: string): string {
  const member = escapeNonAscii(JSON.stringify(text));
  return `${reportJson.slice(0, reportJson.lastIndexOf('}'))},"text":${member}}`;
}
