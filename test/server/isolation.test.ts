/**
 * Hostile documents through HTTP: a worker stuck past the deadline is killed, a full queue answers
 * 503 at once, and /health stays fast throughout because parsing never runs on the event loop.
 */
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { createParsePool } from '../../src/worker/pool.js';
import { resumeFile, startTestApp, testConfig, upload } from './helpers.js';

const STUCK_WORKER = fileURLToPath(new URL('./fixtures/stuck-worker.ts', import.meta.url));

async function startStuckApp(env: Record<string, string>) {
  const config = testConfig(env);
  const pool = createParsePool({ ...config, filename: STUCK_WORKER });
  return startTestApp(env, { overrides: { pool } });
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('worker isolation', () => {
  it('kills a worker stuck past the timeout, answers 422, and keeps /health fast', async () => {
    const { app, services } = await startStuckApp({
      DOC_TIMEOUT_MS: '500',
      CACHE_TTL_SECONDS: '0',
    });
    try {
      const threadIds = () => services.pool.stats().threadIds;
      await waitFor(() => threadIds().length === 1);
      const [stuckThread] = threadIds();
      const pending = upload(app, [resumeFile()]);
      const healthTimes: number[] = [];
      for (let i = 0; i < 10; i += 1) {
        const t0 = performance.now();
        expect((await app.inject('/health')).statusCode).toBe(200);
        healthTimes.push(performance.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const res = await pending;
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('DOCUMENT_TIMEOUT');
      expect(Math.max(...healthTimes)).toBeLessThan(100);
      // The pool replaced the killed thread: it still has one, and serves the next request.
      await waitFor(() => threadIds().length === 1);
      expect(threadIds()).not.toContain(stuckThread);
      const again = await upload(app, [resumeFile()]);
      expect(again.json().code).toBe('DOCUMENT_TIMEOUT');
    } finally {
      await app.close();
    }
  });

  it('answers 503 with Retry-After when every worker and queue slot is taken', async () => {
    const { app } = await startStuckApp({
      DOC_TIMEOUT_MS: '1500',
      QUEUE_MAX: '1',
      CACHE_TTL_SECONDS: '0',
    });
    try {
      const running = upload(app, [resumeFile()]);
      const queued = upload(app, [resumeFile(Buffer.from('x'), 'b.txt')]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const t0 = performance.now();
      const refused = await upload(app, [resumeFile(Buffer.from('y'), 'c.txt')]);
      expect(performance.now() - t0).toBeLessThan(200);
      expect(refused.statusCode).toBe(503);
      expect(refused.json().code).toBe('OVERLOADED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect((await running).statusCode).toBe(422);
      expect((await queued).statusCode).toBe(422);
    } finally {
      await app.close();
    }
  });
});
