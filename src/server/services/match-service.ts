/** One resume against many job descriptions, ranked best first; nothing is stored. */
import type { RankedJob } from '../../engine/match/index.js';
import type { ParsePool } from '../../worker/pool.js';
import type { Config } from '../../config.js';
import { AppError } from '../errors.js';
import type { Metrics } from '../metrics.js';
import type { MatchUpload } from './upload.js';

export interface MatchView {
  format: string;
  jobs: Array<{ id: string; rank: number; score: number; title: string | null } & RankedJob>;
}

export interface MatchService {
  rank(readUpload: () => Promise<MatchUpload>): Promise<MatchView>;
}

export function createMatchService(deps: {
  config: Config;
  pool: ParsePool;
  metrics: Metrics;
  now?: () => Date;
}): MatchService {
  const now = deps.now ?? (() => new Date());
  return {
    async rank(readUpload) {
      const ticket = deps.pool.admit();
      try {
        const { file, jobs } = await readUpload();
        const result = await deps.pool.run(ticket, {
          kind: 'rank',
          bytes: file.bytes,
          jobs,
          nowMs: now().getTime(),
          timeBudgetMs: deps.config.docTimeoutMs,
          ...(file.filename ? { declaredName: file.filename } : {}),
          ...(file.mediaType ? { declaredMediaType: file.mediaType } : {}),
        });
        deps.metrics.parseDuration.observe({ kind: 'match' }, result.parseMs / 1000);
        const format = result.ok ? result.format : 'unknown';
        deps.metrics.analyses.inc({
          kind: 'match',
          format,
          outcome: result.ok ? 'ok' : result.code,
        });
        if (!result.ok) throw new AppError(result.code);
        return {
          format: result.format,
          jobs: result.ranked.map((job) => ({ ...job, title: job.result.job.title })),
        };
      } finally {
        ticket.release();
      }
    },
  };
}
