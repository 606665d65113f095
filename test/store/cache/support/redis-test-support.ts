/**
 * Helpers for the Redis-backed store tests (shared by test/store/rate-limit): the configured
 * REDIS_URL, a unique key prefix per run with cleanup, a recording logger, and a throwaway
 * redis-server that a test can kill and restart.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { vi } from 'vitest';
import type { BackendHealth } from '../../../../src/store/ports.js';
import type { StoreLogger } from '../../../../src/store/redis/store-logger.js';

/** Set by CI and by developers with a local Redis; the Redis suites skip without it. */
export const redisUrl = process.env.REDIS_URL ?? '';

export const hasRedisServerBinary =
  spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

export function uniquePrefix(): string {
  return `resume-health-test:${randomUUID()}:`;
}

export async function deleteKeysWithPrefix(url: string, prefix: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await client.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await client.quit();
}

export async function waitForHealth(
  store: { health(): BackendHealth },
  expected: BackendHealth,
  timeout = 10_000,
): Promise<void> {
  await vi.waitFor(
    () => {
      if (store.health() !== expected) throw new Error(`health is ${store.health()}`);
    },
    { timeout, interval: 20 },
  );
}

export interface LogLine {
  level: 'warn' | 'info';
  context: Record<string, unknown>;
  message: string;
}

export function createRecordingLogger(): StoreLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  return {
    lines,
    warn: (context, message) => lines.push({ level: 'warn', context, message }),
    info: (context, message) => lines.push({ level: 'info', context, message }),
  };
}

export async function findFreePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A redis-server with no persistence, so a restart comes back empty like a lost node. */
export class ThrowawayRedis {
  #child: ChildProcess | undefined;

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    this.#child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      });
    });
    child.removeAllListeners('exit');
  }

  signal(signal: NodeJS.Signals): void {
    this.#child?.kill(signal);
  }

  async stop(): Promise<void> {
    const child = this.#child;
    this.#child = undefined;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
}
