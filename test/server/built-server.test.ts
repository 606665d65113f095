/**
 * The built server as production runs it (`node dist/server/server.js` with `npm start`'s node
 * flags, a child process): SIGTERM during an upload lets the upload finish and the process exit 0;
 * an unreachable Redis degrades /ready rather than taking the instance down; V8 flags a deployer
 * adds reach the worker threads without stopping them. Needs `npm run build` first; skipped
 * without dist.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, serverNodeFlags } from '../../bench/http-server.js';
import { multipart, resumeFile } from './helpers.js';

const ENTRY = 'dist/server/server.js';
const children: ChildProcess[] = [];

async function startBuiltServer(env: Record<string, string> = {}, nodeFlags: string[] = []) {
  const port = await freePort();
  const child = spawn(process.execPath, [...serverNodeFlags(), ...nodeFlags, ENTRY], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'silent',
      WORKERS: '1',
      CACHE_TTL_SECONDS: '0',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'rh-built-')),
      ...env,
    },
    stdio: 'ignore',
  });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i += 1) {
    const isUp = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (isUp) return { child, base, exited };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the built server did not start');
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe.skipIf(!existsSync(ENTRY))('the built server', () => {
  it('finishes an in-flight upload on SIGTERM, then exits 0', async () => {
    const { child, base, exited } = await startBuiltServer();
    const body = await multipart([resumeFile()]);
    const inFlight = fetch(`${base}/api/v1/analyses`, {
      method: 'POST',
      headers: body.headers,
      body: new Uint8Array(body.payload),
    });
    // The PDF takes tens of milliseconds to parse: signal while the request is being served.
    await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(201);
    expect(((await res.json()) as { id: string }).id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    await expect(exited).resolves.toBe(0);
  }, 30_000);

  it('parses in worker threads when the process runs with V8 flags', async () => {
    // Flags passed to a worker explicitly are refused there (ERR_WORKER_INVALID_EXEC_ARGV).
    const { base } = await startBuiltServer({}, ['--max-old-space-size=512']);
    const body = await multipart([resumeFile()]);
    const res = await fetch(`${base}/api/v1/analyses`, {
      method: 'POST',
      headers: body.headers,
      body: new Uint8Array(body.payload),
    });
    expect(res.status).toBe(201);
  }, 30_000);

  it('reports degraded, not down, when Redis is unreachable', async () => {
    const { base } = await startBuiltServer({ REDIS_URL: 'redis://127.0.0.1:1' });
    // The Redis client notices the refused connection asynchronously; poll briefly.
    let readiness: { status: string; components: Record<string, string> } | undefined;
    for (let i = 0; i < 50; i += 1) {
      const res = await fetch(`${base}/ready`);
      readiness = (await res.json()) as typeof readiness;
      expect(res.status).toBe(200);
      if (readiness?.status !== 'ok') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(readiness).toMatchObject({
      status: 'degraded',
      components: { database: 'ok', workers: 'ok' },
    });
    expect([readiness!.components.cache, readiness!.components.rateLimit]).toContain('degraded');
  }, 30_000);
});
