/**
 * One report for an upload: from the cache when the same bytes were analysed with the same options
 * by this engine version, else from a worker. Concurrent identical uploads share one computation
 * (the Cache port's single flight). Deterministic document errors are cached too, so a hostile
 * file sent in a loop is parsed once; load-dependent failures (timeouts) are not.
 *
 * The report travels as storable JSON text (db/to-jsonb-text.ts), serialised once when computed:
 * a cached upload then costs no JSON.parse or JSON.stringify of the report on the event loop; the
 * same text goes into the response. The cache key doubles as the stored report's key: analyses
 * with the same key share one stored copy, and a cached upload does not send it again.
 *
 * A cache entry is one string (see encodeEntry), which the memory cache hands back as it is: a
 * cached upload then reads its report without parsing or copying the 20-50 KB of JSON text.
 */
// The modules themselves, not the engine's index: that would load pdf.js into the main thread.
import type { EngineErrorCode } from '../../engine/errors.js';
import { ENGINE_VERSION } from '../../engine/version.js';
import { cacheKey } from '../../store/cache/index.js';
import type { TextCipher } from '../../store/crypto/index.js';
import { toJsonbText } from '../../store/db/index.js';
import type { Cache } from '../../store/ports.js';
import type { Ticket } from '../../worker/admission.js';
import type { ParsePool } from '../../worker/pool.js';
import type { AnalyzeTask } from '../../worker/protocol.js';
import type { Config } from '../../config.js';
import { AppError } from '../errors.js';
import type { Metrics } from '../metrics.js';
import { sha256 } from './ids.js';
import type { AnalysisUpload } from './upload.js';

const TRANSIENT: ReadonlySet<EngineErrorCode> = new Set(['TIME_BUDGET_EXCEEDED', 'ABORTED']);

type CacheEntry =
  | { ok: true; format: string; reportJson: string; encryptedText?: string }
  | { ok: false; code: EngineErrorCode };

export interface ComputedAnalysis {
  contentHash: string;
  format: string;
  /** The cache key: analyses with the same key share one stored report. */
  reportKey: string;
  /** True when this call computed the report; false when it came from the cache. */
  isReportComputed: boolean;
  /** The report without its text, as JSON text safe for jsonb, ASCII only (escapeNonAscii). */
  reportJson: string;
  /** The resume text, only when retention is on. */
  text: string | undefined;
}

interface Deps {
  config: Config;
  cache: Cache;
  pool: ParsePool;
  metrics: Metrics;
  cipher: TextCipher | undefined;
}

export async function computeReport(
  deps: Deps,
  ticket: Ticket,
  upload: AnalysisUpload,
  at: Date,
): Promise<ComputedAnalysis> {
  const { config, cache, metrics, cipher } = deps;
  const { file, jobDescription, dismiss } = upload;
  const contentHash = file.sha256 ?? sha256(file.bytes);
  const key = cacheKey({
    contentHash,
    kind: 'analysis',
    engineVersion: ENGINE_VERSION,
    options: {
      dismiss: [...new Set(dismiss)].sort(),
      // The declared name and type decide TYPE_MISMATCH; only the extension matters.
      extension: file.filename?.toLowerCase().match(/\.[a-z0-9]{1,8}$/)?.[0],
      mediaType: file.mediaType,
      jobDescription: jobDescriptionHash(jobDescription),
      // Date checks compare with the current month.
      month: at.toISOString().slice(0, 7),
      withText: cipher !== undefined,
    },
  });
  let isComputed = false;
  const compute = async (): Promise<CacheEntry> => {
    isComputed = true;
    return runAnalysis(deps, ticket, upload, at, key);
  };
  const entry =
    config.cacheTtlSeconds > 0
      ? await computeCached(cache, key, config.cacheTtlSeconds, compute)
      : await compute();
  (isComputed ? metrics.cacheMisses : metrics.cacheHits).inc();
  if (!entry.ok) throw new AppError(entry.code);
  const text =
    cipher && entry.encryptedText !== undefined
      ? cipher.decrypt(Buffer.from(entry.encryptedText, 'base64'), key)
      : undefined;
  return {
    contentHash,
    format: entry.format,
    reportKey: key,
    isReportComputed: isComputed,
    reportJson: entry.reportJson,
    text,
  };
}

async function computeCached(
  cache: Cache,
  key: string,
  ttlSeconds: number,
  compute: () => Promise<CacheEntry>,
): Promise<CacheEntry> {
  const text = await cache.getOrCompute(key, ttlSeconds, async () => encodeEntry(await compute()));
  const entry = decodeEntry(text);
  if (entry) return entry;
  // Written in another shape (an older release sharing the Redis): compute and replace it.
  const computed = await compute();
  await cache.set(key, encodeEntry(computed), ttlSeconds);
  return computed;
}

/**
 * A JSON header line, then the report's JSON text as it is. JSON.stringify escapes every line
 * break, so the first one ends the header.
 */
function encodeEntry(entry: CacheEntry): string {
  if (!entry.ok) return JSON.stringify(entry);
  const { reportJson, ...header } = entry;
  return `${JSON.stringify(header)}\n${reportJson}`;
}

function decodeEntry(text: unknown): CacheEntry | undefined {
  if (typeof text !== 'string') return undefined;
  const end = text.indexOf('\n');
  try {
    const header = JSON.parse(end < 0 ? text : text.slice(0, end)) as Partial<CacheEntry> | null;
    if (header?.ok === false && typeof header.code === 'string') return header as CacheEntry;
    if (header?.ok !== true || typeof header.format !== 'string' || end < 0) return undefined;
    return { ...header, ok: true, format: header.format, reportJson: text.slice(end + 1) };
  } catch {
    return undefined;
  }
}

async function runAnalysis(
  deps: Deps,
  ticket: Ticket,
  upload: AnalysisUpload,
  at: Date,
  key: string,
): Promise<CacheEntry> {
  const { file, jobDescription, dismiss } = upload;
  const task: AnalyzeTask = {
    kind: 'analyze',
    bytes: file.bytes,
    nowMs: at.getTime(),
    timeBudgetMs: deps.config.docTimeoutMs,
    dismiss,
    ...(file.filename ? { declaredName: file.filename } : {}),
    ...(file.mediaType ? { declaredMediaType: file.mediaType } : {}),
    ...(jobDescription === undefined
      ? {}
      : {
          jobDescription:
            typeof jobDescription === 'string' ? jobDescription : jobDescription.bytes,
        }),
  };
  const count = (format: string, outcome: string) =>
    deps.metrics.analyses.inc({ kind: 'analysis', format, outcome });
  const result = await deps.pool.run(ticket, task).catch((error: unknown) => {
    count('unknown', error instanceof AppError ? error.code : 'INTERNAL_ERROR');
    throw error;
  });
  deps.metrics.parseDuration.observe({ kind: 'analysis' }, result.parseMs / 1000);
  if (!result.ok) {
    count('unknown', result.code);
    if (TRANSIENT.has(result.code)) throw new AppError(result.code);
    return { ok: false, code: result.code };
  }
  const { text, ...report } = result.report;
  count(report.document.format, 'ok');
  // Cached text is encrypted too: a shared Redis must never hold resume text in the clear.
  const encryptedText = deps.cipher
    ? Buffer.from(deps.cipher.encrypt(text, key)).toString('base64')
    : undefined;
  return {
    ok: true,
    format: report.document.format,
    reportJson: escapeNonAscii(toJsonbText(report)),
    ...(encryptedText ? { encryptedText } : {}),
  };
}

const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * The same JSON with every non-ASCII character written as a \u escape (in JSON text they occur
 * only inside strings). V8 then holds the report as a one-byte string, half the memory of a
 * two-byte one, and each response copies it to the socket instead of transcoding it to UTF-8.
 */
export function escapeNonAscii(json: string): string {
  return json.replace(
    NON_ASCII,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function jobDescriptionHash(value: AnalysisUpload['jobDescription']): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? sha256(value) : (value.sha256 ?? sha256(value.bytes));
}
