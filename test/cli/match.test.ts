import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from './cli-io.js';

const NURSE = 'test/fixtures/resumes/en-plain.txt';
const JOBS = 'test/fixtures/jobs';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'resume-health-match-'));
  await writeFile(join(dir, 'broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('resume-health match', () => {
  it('ranks a folder of postings and shows missing required terms', async () => {
    const io = captureIo();
    expect(await main(['match', NURSE, JOBS, '--top', '3'], io)).toBe(0);
    const rows = io.out().trim().split('\n');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^\s+1\s+\d+\s+Registered Nurse \(er-registered-nurse\.txt\)/);
    expect(io.out()).not.toContain('financial-analyst');
  });

  it('prints the ranking as JSON', async () => {
    const io = captureIo();
    expect(
      await main(
        ['match', NURSE, join(JOBS, 'icu-nurse.txt'), join(JOBS, 'staff-accountant.txt'), '--json'],
        io,
      ),
    ).toBe(0);
    const output = JSON.parse(io.out()) as {
      jobs: Array<{ rank: number; file: string; score: number }>;
    };
    expect(output.jobs.map((j) => j.file)).toEqual(['icu-nurse.txt', 'staff-accountant.txt']);
    expect(output.jobs[0]?.score).toBeGreaterThan(output.jobs[1]?.score ?? 100);
  });

  it('exits 1 when a job cannot be read, and still ranks the others', async () => {
    const io = captureIo();
    expect(
      await main(['match', NURSE, join(dir, 'broken.pdf'), join(JOBS, 'icu-nurse.txt')], io),
    ).toBe(1);
    expect(io.err()).toMatch(/broken\.pdf: [A-Z_]+:/);
    expect(io.out()).toContain('icu-nurse.txt');
  });

  it.each([
    [['match', NURSE]],
    [['match', NURSE, JOBS, '--top', '0']],
    [['match', NURSE, 'test/fixtures/jobs/does-not-exist.txt']],
  ])('exits 2 on a usage error: %j', async (argv) => {
    const io = captureIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toContain('resume-health:');
  });

  it('documents the command in help', async () => {
    const io = captureIo();
    expect(await main(['help', 'match'], io)).toBe(0);
    expect(io.out()).toContain('Usage: resume-health match RESUME JOB|DIR...');
  });
});
