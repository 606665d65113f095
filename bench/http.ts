/**
 * `npm run bench:http`: the built server on a loopback port under autocannon. Uploads of a
 * two-page PDF at concurrency 16 for 20 s with the cache off (every upload parsed) and on (every
 * upload after the first served from the cache), /health latency sampled during the upload load,
 * and resident memory with 32 concurrent 10 MiB uploads. Targets are from issue 5 (2-core machine).
 * Reference points measured alongside (http-reference.ts) put each throughput beside what this
 * machine allows at the time: the parse pool alone for cold uploads, and a bare Fastify with
 * @fastify/multipart for cached ones.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { serverNodeFlags, startServer, type RunningServer } from './http-server.js';

// The corpus's two-page resume (RenderCV, 649 words, no images); BENCH_PDF picks another file.
const PDF_PATH = process.env.BENCH_PDF ?? 'test/fixtures/corpus/rendercv-classic.pdf';
const PDF = readFileSync(PDF_PATH);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = 16;
const BIG_UPLOADS = 32;
const BIG_BYTES = 10 * 1024 * 1024 - 64 * 1024;
/** `BENCH_PHASES=cold,cached,big,reference` (default all) runs a subset while tuning. */
const PHASES = new Set((process.env.BENCH_PHASES ?? 'cold,cached,big,reference').split(','));
/** `BENCH_SERVER_ENV='{"WORKERS":"3"}'` adds settings to every server started, for experiments. */
const SERVER_ENV = JSON.parse(process.env.BENCH_SERVER_ENV ?? '{}') as Record<string, string>;

async function multipartBody(bytes: Uint8Array, filename: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), filename);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    body: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')! },
  };
}

/** Sequential /health probes while `until` is pending; returns latencies in ms. */
async function probeHealth(url: string, until: Promise<unknown>): Promise<number[]> {
  let isDone = false;
  void until.finally(() => (isDone = true));
  const times: number[] = [];
  while (!isDone) {
    const t0 = performance.now();
    await fetch(`${url}/health`).then((r) => r.arrayBuffer());
    times.push(performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return times;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function uploadLoad(server: RunningServer) {
  const { body, headers } = await multipartBody(PDF, 'resume.pdf');
  const load = Promise.resolve(
    autocannon({
      url: `${server.url}/api/v1/analyses`,
      method: 'POST',
      headers,
      body,
      connections: CONNECTIONS,
      duration: DURATION_S,
      timeout: 30,
    }),
  );
  const [result, health] = await Promise.all([load, probeHealth(server.url, load)]);
  return { result, health, peakRssMb: server.peakRssMb() };
}

async function bigUploads(server: RunningServer) {
  const padded = new Uint8Array(BIG_BYTES).fill(0x0a);
  padded.set(PDF);
  const { body, headers } = await multipartBody(padded, 'big.pdf');
  const statuses = await Promise.all(
    Array.from({ length: BIG_UPLOADS }, () =>
      fetch(`${server.url}/api/v1/analyses`, {
        method: 'POST',
        headers,
        body: new Uint8Array(body),
      }).then(
        (r) => r.status,
        () => 0,
      ),
    ),
  );
  const counts = statuses.reduce<Record<number, number>>(
    (acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }),
    {},
  );
  return { peakRssMb: server.peakRssMb(), counts };
}

const rows: Array<[string, string, string, string]> = [];
const row = (metric: string, value: number | string, target: string, isMet?: boolean) =>
  rows.push([
    metric,
    typeof value === 'number' ? value.toFixed(1) : value,
    target,
    isMet === undefined ? '' : isMet ? 'yes' : 'NO',
  ]);

let coldPerSecond: number | undefined;
let cachedPerSecond: number | undefined;
let responseBytes = 0;

if (PHASES.has('cold')) {
  const cold = await startServer({ ...SERVER_ENV, CACHE_TTL_SECONDS: '0' });
  try {
    const { result, health, peakRssMb } = await uploadLoad(cold);
    const ok = result.statusCodeStats['201']?.count ?? 0;
    coldPerSecond = ok / DURATION_S;
    row('cold analyses/s', ok / DURATION_S, '>= 60', ok / DURATION_S >= 60);
    row('cold p99 latency ms', result.latency.p99, '<= 400', result.latency.p99 <= 400);
    row('cold non-2xx / errors', `${result.non2xx} / ${result.errors}`, '0 / 0');
    const p99 = percentile(health, 99);
    row('/health p99 ms under upload load', p99, '<= 25', p99 <= 25);
    row('peak RSS MB (cold run)', peakRssMb, '');
  } finally {
    await cold.stop();
  }
}

if (PHASES.has('cached')) {
  const warm = await startServer({ ...SERVER_ENV, CACHE_TTL_SECONDS: '3600' });
  try {
    const { body, headers } = await multipartBody(PDF, 'resume.pdf');
    const first = await fetch(`${warm.url}/api/v1/analyses`, { method: 'POST', headers, body });
    responseBytes = (await first.arrayBuffer()).byteLength;
    const { result, health } = await uploadLoad(warm);
    const ok = result.statusCodeStats['201']?.count ?? 0;
    cachedPerSecond = ok / DURATION_S;
    row('cached responses/s', ok / DURATION_S, '>= 2000', ok / DURATION_S >= 2000);
    row('cached p99 latency ms', result.latency.p99, '');
    row('/health p99 ms (cached load)', percentile(health, 99), '<= 25');
    row('peak RSS MB (cached run)', warm.peakRssMb(), '');
  } finally {
    await warm.stop();
  }
}

if (PHASES.has('big')) {
  const big = await startServer({ ...SERVER_ENV, CACHE_TTL_SECONDS: '0' });
  try {
    // A fresh DATA_DIR runs PGlite's initdb at start-up, a one-off peak; report it, then measure
    // the uploads' own peak from the idle RSS.
    row('peak RSS MB, start-up on a fresh data dir', big.peakRssMb(), '');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    row('idle RSS MB before the 10 MiB uploads', big.rssMb(), '');
    big.resetPeak();
    const { peakRssMb, counts } = await bigUploads(big);
    row(`peak RSS MB, ${BIG_UPLOADS} x 10 MiB uploads`, peakRssMb, '<= 400', peakRssMb <= 400);
    row('  their statuses', JSON.stringify(counts), '');
  } finally {
    await big.stop();
  }
}

if (PHASES.has('reference')) {
  const output = execFileSync(
    process.execPath,
    [
      ...serverNodeFlags(),
      '--import',
      'tsx',
      'bench/http-reference.ts',
      'pool',
      PDF_PATH,
      String(DURATION_S),
    ],
    { encoding: 'utf8', env: { PATH: process.env.PATH, NODE_ENV: 'production' } },
  );
  const pool = (JSON.parse(output.trim().split('\n').at(-1)!) as { perSecond: number }).perSecond;
  row('reference: parse pool alone, analyses/s', pool, '');
  if (coldPerSecond !== undefined)
    row('  cold uploads as a share of it', (coldPerSecond / pool).toFixed(2), '');
  const floor = await startServer({}, [
    '--import',
    'tsx',
    'bench/http-reference.ts',
    'floor',
    String(responseBytes || 10_000),
  ]);
  try {
    const { result } = await uploadLoad(floor);
    const ok = result.statusCodeStats['201']?.count ?? 0;
    row('reference: Fastify + multipart floor, responses/s', ok / DURATION_S, '');
    if (cachedPerSecond !== undefined) {
      row(
        '  cached uploads as a share of it',
        (cachedPerSecond / (ok / DURATION_S)).toFixed(2),
        '',
      );
    }
  } finally {
    await floor.stop();
  }
}

process.stdout.write(`upload: ${PDF_PATH} (${(PDF.length / 1024).toFixed(0)} KiB)\n`);
const widths = [0, 1, 2, 3].map((i) =>
  Math.max(...[['metric', 'value', 'target', 'met'], ...rows].map((r) => r[i]!.length)),
);
for (const r of [['metric', 'value', 'target', 'met'], ...rows]) {
  process.stdout.write(`${r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}\n`);
}
