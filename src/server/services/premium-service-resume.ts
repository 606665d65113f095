/**
 * The resume a premium call works on: its report and its text. The text is personal data and is
 * kept only when retention is on (issue 5), so:
 * - with a file in the request, the file is analysed again in a worker (after checking it is the
 *   analysed one), used for this call and dropped: nothing new is stored or cached in the clear;
 * - without one, the retained text is decrypted; a new job description is matched against it;
 * - without either (retention off), the client must upload the file again: FILE_REQUIRED.
 * Keeping a short-lived copy "just for premium" would quietly defeat RETENTION_DAYS=0, and with
 * Redis it would leave the instance; a re-upload costs one parse.
 */
import type { PremiumInput } from '../../ai/ports.js';
import type { Report } from '../../engine/index.js';
import { createTextCipher, type TextCipher } from '../../store/crypto/index.js';
import type { AnalysisRecord } from '../../store/ports.js';
import type { ParsePool } from '../../worker/pool.js';
import type { Config } from '../../config.js';
import { AppError } from '../errors.js';
import type { Metrics } from '../metrics.js';
import { sha256 } from './ids.js';
import type { UploadedFile } from './upload.js';

export interface ResumeSource {
  /** The owned analysis, when the request names one. */
  record?: AnalysisRecord;
  file?: UploadedFile;
  jobDescription?: string;
}

interface Deps {
  config: Config;
  pool: ParsePool;
  metrics: Metrics;
  now?: () => Date;
}

export function createResumeResolver(deps: Deps): (source: ResumeSource) => Promise<PremiumInput> {
  const cipher: TextCipher | undefined = deps.config.encryptionKey
    ? createTextCipher(deps.config.encryptionKey)
    : undefined;

  return async ({ record, file, jobDescription }) => {
    const dismiss = record?.report.dismissed.map((finding) => finding.code) ?? [];
    if (file) {
      if (record && sha256(file.bytes) !== record.contentHash)
        throw new AppError('RESUME_MISMATCH');
      const report = await analyzeInWorker(deps, file, { jobDescription, dismiss });
      return toInput(report, report.text, jobDescription);
    }
    if (!record?.encryptedText || !cipher) throw new AppError('FILE_REQUIRED');
    const text = cipher.decrypt(record.encryptedText, record.id);
    const report = { ...record.report, text };
    if (jobDescription === undefined) return toInput(report, text, undefined);
    // The stored match (if any) was made for another posting: match the retained text afresh.
    const asText: UploadedFile = {
      bytes: new TextEncoder().encode(text),
      filename: 'resume.txt',
      mediaType: 'text/plain',
    };
    const { match } = await analyzeInWorker(deps, asText, { jobDescription, dismiss });
    return toInput({ ...report, ...(match ? { match } : {}) }, text, jobDescription);
  };
}

function toInput(report: Report, resumeText: string, jobDescription?: string): PremiumInput {
  return {
    report,
    resumeText,
    ...(jobDescription === undefined ? {} : { jobDescription }),
    ...(report.match ? { match: report.match } : {}),
  };
}

async function analyzeInWorker(
  deps: Deps,
  file: UploadedFile,
  options: { jobDescription: string | undefined; dismiss: string[] },
): Promise<Report> {
  const ticket = deps.pool.admit();
  try {
    const result = await deps.pool.run(ticket, {
      kind: 'analyze',
      bytes: file.bytes,
      nowMs: (deps.now ?? (() => new Date()))().getTime(),
      timeBudgetMs: deps.config.docTimeoutMs,
      dismiss: options.dismiss,
      ...(file.filename ? { declaredName: file.filename } : {}),
      ...(file.mediaType ? { declaredMediaType: file.mediaType } : {}),
      ...(options.jobDescription === undefined ? {} : { jobDescription: options.jobDescription }),
    });
    deps.metrics.parseDuration.observe({ kind: 'premium' }, result.parseMs / 1000);
    deps.metrics.analyses.inc({
      kind: 'premium',
      format: result.ok ? result.report.document.format : 'unknown',
      outcome: result.ok ? 'ok' : result.code,
    });
    if (!result.ok) throw new AppError(result.code);
    return result.report;
  } finally {
    ticket.release();
  }
}
