/** Parse threads lower their own CPU priority; the event loop's thread keeps the process's. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createParsePool } from '../../src/worker/pool.js';

/** Nice value of each thread of this process (field 19 of /proc/self/task/TID/stat). */
function threadNices(): Map<number, number> {
  const nices = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      nices.set(Number(tid), Number(stat.split(') ')[1]!.split(' ')[16]));
    } catch {
      // The thread ended while we looked.
    }
  }
  return nices;
}

async function runOneTask(workerNice: number) {
  const pool = createParsePool({
    workers: 1,
    queueMax: 1,
    docTimeoutMs: 20_000,
    workerMaxOldMb: 256,
    workerNice,
  });
  try {
    const ticket = pool.admit();
    const result = await pool.run(ticket, {
      kind: 'analyze',
      bytes: new TextEncoder().encode('Jane Doe\njane@example.com\n\nExperience\nEngineer, Acme'),
      declaredName: 'resume.txt',
      nowMs: Date.UTC(2026, 0, 15),
      timeBudgetMs: 10_000,
      dismiss: [],
    });
    expect(result.ok).toBe(true);
    return threadNices();
  } finally {
    await pool.close();
  }
}

describe.runIf(process.platform === 'linux')('parse thread priority', () => {
  const base = threadNices().get(process.pid)!;

  it('runs the parse thread at the configured nice value and leaves the main thread alone', async () => {
    const nices = await runOneTask(10);
    expect([...nices.values()]).toContain(Math.max(10, base));
    expect(nices.get(process.pid)).toBe(base);
  });

  it('keeps every thread at the process priority with WORKER_NICE=0', async () => {
    const nices = await runOneTask(0);
    expect(new Set(nices.values())).toEqual(new Set([base]));
  });
});
