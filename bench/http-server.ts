/** Starts the built server (dist) as a child process on a free loopback port, for bench:http. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  pid: number;
  /** Peak resident set size so far (VmHWM), MiB: the main thread and every worker thread. */
  peakRssMb(): number;
  rssMb(): number;
  /** Resets the peak to the current RSS (Linux clear_refs), so a phase's own peak is measured. */
  resetPeak(): void;
  stop(): Promise<void>;
}

/** A loopback port nothing listens on now (the bench and the built-server tests use it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function statusKb(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
}

/**
 * The node flags `npm start` runs the server with (package.json's "start" script), so the bench
 * and the built-server tests run it as users do.
 */
export function serverNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  };
  const match = /\bnode((?:\s+--\S+)*)\s+dist\/server\/server\.js\b/.exec(pkg.scripts.start);
  if (!match) throw new Error('package.json "start" does not run node dist/server/server.js');
  return match[1]!.split(/\s+/).filter(Boolean);
}

/**
 * Starts the server with `npm start`'s node flags; `BENCH_NODE_ARGS` (space-separated) adds flags
 * such as `--cpu-prof`. `entry` runs something else in its place (the bench's reference server).
 */
export async function startServer(
  env: Record<string, string>,
  entry: readonly string[] = ['dist/server/server.js'],
): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...serverNodeFlags(),
      ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      ...entry,
    ],
    {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'rh-bench-')),
        RATE_LIMIT_ANALYSES: '0',
        RATE_LIMIT_REQUESTS: '0',
        ...env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    const ready = await fetch(`${url}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (i > 300 || child.exitCode !== null) throw new Error('server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const pid = child.pid!;
  return {
    url,
    pid,
    peakRssMb: () => statusKb(pid, 'VmHWM') / 1024,
    rssMb: () => statusKb(pid, 'VmRSS') / 1024,
    resetPeak: () => writeFileSync(`/proc/${pid}/clear_refs`, '5'),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
