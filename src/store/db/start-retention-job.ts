/**
 * Erases raw resume text once its retention has passed (DESIGN.md: raw text only as long as the
 * configured retention). Runs once at start, so text that expired while the service was down goes
 * promptly, then on an interval that never keeps the process alive on its own.
 */
import type { AnalysisRepository } from '../ports.js';

export interface RetentionJobOptions {
  intervalMs: number;
  now: () => Date;
  /** Called after each run that purged at least one record. */
  onPurged?: (count: number) => void;
  /** A failed run is reported and retried at the next tick; it never throws out of the timer. */
  onError?: (error: unknown) => void;
}

/** Starts the job; the returned function stops it and waits for a run in progress. */
export function startRetentionJob(
  db: { analyses: Pick<AnalysisRepository, 'purgeExpired'> },
  options: RetentionJobOptions,
): () => Promise<void> {
  if (!Number.isFinite(options.intervalMs) || options.intervalMs <= 0) {
    throw new RangeError('The retention job interval must be a positive number of milliseconds.');
  }
  let running: Promise<void> | undefined;

  const run = () => {
    // A slow purge must not overlap the next one.
    if (running) return;
    running = db.analyses
      .purgeExpired(options.now())
      .then((count) => {
        if (count > 0) options.onPurged?.(count);
      })
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = undefined;
      });
  };

  const timer = setInterval(run, options.intervalMs);
  timer.unref();
  run();

  return async () => {
    clearInterval(timer);
    await running;
  };
}
