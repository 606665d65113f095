/**
 * Reference points for bench:http, run on the same machine under the same load, so the service's
 * figures can be read as shares of what this machine allows (it is shared and noisy: absolute
 * figures move by a fifth from run to run, ratios much less).
 *
 * - `floor`: the smallest server with the stack issue 5 prescribes, Fastify and @fastify/multipart,
 *   that reads the uploaded file, hashes it and answers a body as large as the service's report.
 *   No hooks, logging, cache, database or ids: what a cached upload cannot cost less than.
 * - `pool`: the service's own parse pool (built code, `npm start`'s node flags, default settings)
 *   analysing the upload back to back for a while, without HTTP: the ceiling of cold uploads.
 *
 * Run by bench/http.ts as child processes with `npm start`'s node flags:
 * `--import tsx bench/http-reference.ts floor <bytes>` (port from PORT, like the server) and
 * `--import tsx bench/http-reference.ts pool <file> <seconds>`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import multipart from '@fastify/multipart';
import Fastify from 'fastify';
import type * as ConfigModule from '../src/config.js';
import type * as PoolModule from '../src/worker/pool.js';

async function serveFloor(port: number, responseBytes: number): Promise<void> {
  const body = Buffer.alloc(responseBytes, 0x20);
  const app = Fastify({ logger: false });
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
  app.post('/api/v1/analyses', async (request, reply) => {
    const part = await request.file();
    if (!part) return reply.status(400).send();
    const hash = createHash('sha256');
    for await (const chunk of part.file) hash.update(chunk as Buffer);
    hash.digest('hex');
    return reply.status(201).type('application/json').send(body);
  });
  app.get('/ready', async () => ({ status: 'ok' }));
  await app.listen({ host: '127.0.0.1', port });
}

async function measurePool(file: string, seconds: number): Promise<void> {
  // Built code, as the server runs it (bench:http builds first); a path TypeScript leaves alone.
  const dist = new URL('../dist/', import.meta.url).href;
  const { loadConfig } = (await import(`${dist}config.js`)) as typeof ConfigModule;
  const { createParsePool } = (await import(`${dist}worker/pool.js`)) as typeof PoolModule;
  const config = loadConfig({ NODE_ENV: 'production' });
  const pool = createParsePool(config);
  await pool.warmUp(config.workerWarmUpRuns);
  const bytes = readFileSync(file);
  let done = 0;
  const until = performance.now() + seconds * 1000;
  // Two tasks per thread: one running, one waiting, as under load.
  const lane = async () => {
    while (performance.now() < until) {
      const result = await pool.run(pool.admit(), {
        kind: 'analyze',
        bytes: new Uint8Array(bytes),
        nowMs: Date.now(),
        timeBudgetMs: config.docTimeoutMs,
        dismiss: [],
      });
      if (!result.ok) throw new Error(`the reference document failed: ${result.code}`);
      done += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: config.workers * 2 }, lane));
  const perSecond = done / ((performance.now() - started) / 1000);
  await pool.close();
  process.stdout.write(`${JSON.stringify({ perSecond })}\n`);
}

const [mode, first, second] = process.argv.slice(2);
if (mode === 'floor') await serveFloor(Number(process.env.PORT), Number(first));
else if (mode === 'pool') await measurePool(first!, Number(second));
else throw new Error('usage: http-reference.ts floor <bytes> | pool <file> <seconds>');
