/** Expected refusals (overload, shutdown) are logged as warnings without a stack; faults as errors. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/server/errors.js';
import type { ParsePool } from '../../src/worker/pool.js';
import { captureLogs, resumeFile, startTestApp, upload } from './helpers.js';

function refusingPool(): ParsePool {
  return {
    admit: () => {
      throw new AppError('OVERLOADED', { retryAfterSeconds: 3 });
    },
    run: () => Promise.reject(new Error('not admitted')),
    stats: () => ({ threads: 0, threadIds: [], running: 0, queued: 0, capacity: 0 }),
    warmUp: async () => undefined,
    close: async () => undefined,
  };
}

describe('log level of refusals', () => {
  it('logs a 503 OVERLOADED as a warning without a stack', async () => {
    const { lines, logStream } = captureLogs();
    const { app } = await startTestApp(
      { LOG_LEVEL: 'info' },
      { logStream, overrides: { pool: refusingPool() } },
    );
    try {
      const res = await upload(app, [resumeFile()]);
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('3');
      const refusals = lines.map((line) => JSON.parse(line)).filter((e) => e.code === 'OVERLOADED');
      expect(refusals).toHaveLength(1);
      expect(refusals[0]).toMatchObject({ level: 40, msg: 'request refused' });
      expect(JSON.stringify(refusals[0])).not.toContain('stack');
    } finally {
      await app.close();
    }
  });
});
