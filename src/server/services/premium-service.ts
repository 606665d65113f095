/**
 * The premium tier behind the API (issue 6): gate on PREMIUM_OPEN, check ownership, get the
 * resume (see premium-service-resume.ts), ask the PremiumService port, count the outcome. A
 * degraded answer (engine fallback) is a valid answer; a provider failure that escapes the
 * fallback becomes a fixed LLM_* problem, never the provider's own message.
 */
import type {
  CoverLetter,
  CoverLetterLength,
  CoverLetterTone,
  PremiumAnalysis,
  PremiumService,
} from '../../ai/ports.js';
import type { Config } from '../../config.js';
import type { Database } from '../../store/ports.js';
import type { ParsePool } from '../../worker/pool.js';
import { AppError, type ErrorCode } from '../errors.js';
import type { Metrics } from '../metrics.js';
import { ANALYSIS_ID, isTokenOf } from './ids.js';
import { llmErrorCode } from './premium-service-metrics.js';
import { createResumeResolver } from './premium-service-resume.js';
import type { UploadedFile } from './upload.js';

export interface PremiumRequest {
  file?: UploadedFile;
  jobDescription?: string;
}

export interface CoverLetterRequest extends PremiumRequest {
  analysisId?: string;
  jobDescription: string;
  tone?: CoverLetterTone;
  length?: CoverLetterLength;
}

export interface PremiumApi {
  analyze(
    id: string,
    ownerToken: string | undefined,
    readRequest: () => Promise<PremiumRequest>,
  ): Promise<PremiumAnalysis>;
  coverLetter(
    ownerToken: string | undefined,
    readRequest: () => Promise<CoverLetterRequest>,
  ): Promise<CoverLetter>;
}

export interface PremiumApiDeps {
  config: Config;
  database: Database;
  pool: ParsePool;
  metrics: Metrics;
  premium: PremiumService;
  now?: () => Date;
}

export function createPremiumApi(deps: PremiumApiDeps): PremiumApi {
  const { config, database, metrics, premium } = deps;
  const resolveResume = createResumeResolver(deps);

  const assertOpen = () => {
    if (!config.premiumOpen) throw new AppError('PREMIUM_DISABLED');
  };
  const findOwned = async (id: string, ownerToken: string | undefined) => {
    // Malformed ids, unknown ids and wrong tokens all look the same from outside.
    const record = ANALYSIS_ID.test(id) ? await database.analyses.get(id) : null;
    if (!record || !isTokenOf(ownerToken, record.ownerTokenHash)) throw new AppError('NOT_FOUND');
    return record;
  };
  const count = async <T extends { degraded: boolean }>(
    kind: 'analysis' | 'cover_letter',
    call: () => Promise<T>,
  ): Promise<T> => {
    try {
      const result = await call();
      metrics.premiumResults.inc({ kind, outcome: result.degraded ? 'degraded' : 'ok' });
      return result;
    } catch (error) {
      const code = error instanceof AppError ? error.code : toLlmProblem(error);
      metrics.premiumResults.inc({ kind, outcome: code ?? 'INTERNAL_ERROR' });
      // No `cause`: provider errors can quote the prompt or the endpoint, and causes are logged.
      throw code && !(error instanceof AppError) ? new AppError(code) : error;
    }
  };

  return {
    async analyze(id, ownerToken, readRequest) {
      assertOpen();
      const record = await findOwned(id, ownerToken);
      const { file, jobDescription } = await readRequest();
      return count('analysis', async () =>
        premium.analyze(await resolveResume({ record, file, jobDescription })),
      );
    },
    async coverLetter(ownerToken, readRequest) {
      assertOpen();
      const { analysisId, file, jobDescription, tone, length } = await readRequest();
      if (analysisId === undefined && !file) throw new AppError('FILE_REQUIRED');
      const record = analysisId === undefined ? undefined : await findOwned(analysisId, ownerToken);
      return count('cover_letter', async () => {
        const input = await resolveResume({ record, file, jobDescription });
        return premium.coverLetter(
          { ...input, jobDescription },
          { ...(tone ? { tone } : {}), ...(length ? { length } : {}) },
        );
      });
    },
  };
}

/** Provider failures the fallback did not absorb, as registry codes with fixed text. */
function toLlmProblem(error: unknown): ErrorCode | undefined {
  const code = llmErrorCode(error);
  if (code === undefined) return undefined;
  if (code.includes('TIMEOUT')) return 'LLM_TIMEOUT';
  if (code.includes('ABORTED')) return 'ABORTED';
  if (/UNAVAILABLE|BREAKER|CIRCUIT|RATE|QUOTA|BUDGET|OVERLOAD|BULKHEAD/.test(code)) {
    return 'LLM_UNAVAILABLE';
  }
  return 'LLM_BAD_RESPONSE';
}
