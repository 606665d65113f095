import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from './cli-io.js';

const PDF = 'test/fixtures/corpus/sb2nov-sourabh.pdf';
const RESUME_TEXT = `Jane Smith
jane.smith@example.com | +1 415 555 0100

EXPERIENCE
Software Engineer, Acme Corp
Jan 2020 - Present
- Built things

EDUCATION
Stanford University
BSc Computer Science, 2015 - 2019
`;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'resume-health-cli-'));
  await writeFile(join(dir, 'jane.txt'), RESUME_TEXT);
  await writeFile(join(dir, 'broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog');
  await writeFile(join(dir, 'ignored.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('resume-health CLI', () => {
  it('prints a readable report for a PDF and exits 0', async () => {
    const io = captureIo();
    expect(await main(['analyze', PDF], io)).toBe(0);
    expect(io.out()).toContain('Resume Health — sb2nov-sourabh.pdf');
    expect(io.out()).toMatch(/Format\s+PDF/);
    expect(io.out()).toContain('sourabh@sourabhbajaj.com');
    expect(io.out()).toContain('Timing: extract');
    expect(io.out()).not.toContain('\u001b[');
  });

  it('prints the report contract with --json', async () => {
    const io = captureIo();
    expect(await main(['analyze', join(dir, 'jane.txt'), '--json'], io)).toBe(0);
    const report = JSON.parse(io.out()) as { schemaVersion: string; document: { format: string } };
    expect(report.schemaVersion).toBe('1');
    expect(report.document.format).toBe('txt');
  });

  it('exits 1 with the error code when a document cannot be read', async () => {
    const io = captureIo();
    expect(await main(['analyze', join(dir, 'broken.pdf')], io)).toBe(1);
    expect(io.err()).toMatch(/broken\.pdf\s+[A-Z_]+\s+\S/);
  });

  it.each([
    [['analyze', join('no', 'such', 'file.pdf')], /No such file or directory/],
    [['analyze', PDF, '--colour'], /Unknown option/],
    [['transmogrify'], /Unknown command/],
  ])('exits 2 on the usage error %j', async (argv, message) => {
    const io = captureIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.out()).toBe('');
  });

  it('analyzes a directory: one line per supported file, a summary, and --out reports', async () => {
    const io = captureIo();
    const out = join(dir, 'out');
    expect(await main(['analyze', dir, '--out', out], io)).toBe(1);
    const lines = io.out().trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^✗ broken\.pdf {2}[A-Z_]+/);
    expect(lines[1]).toMatch(/^✓ jane\.txt {2}txt/);
    expect(lines[2]).toMatch(/^1 analyzed, 1 failed, median \d+ ms$/);
    expect(await readdir(out)).toEqual(['jane.txt.json']);
    const written = JSON.parse(await readFile(join(out, 'jane.txt.json'), 'utf8')) as {
      schemaVersion: string;
    };
    expect(written.schemaVersion).toBe('1');
  });

  it('prints one JSON line per file for a directory with --json, summary on stderr', async () => {
    const io = captureIo();
    await main(['analyze', dir, '--json'], io);
    const rows = io
      .out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; error?: { code: string } });
    expect(rows.map((row) => row.file)).toEqual(['broken.pdf', 'jane.txt']);
    expect(rows[0]?.error?.code).toMatch(/^[A-Z_]+$/);
    expect(io.err()).toMatch(/1 analyzed, 1 failed/);
  });

  it('shows a progress bar on a terminal stderr and colours unless NO_COLOR is set', async () => {
    const tty = captureIo({ isTTY: true });
    await main(['analyze', dir], tty);
    expect(tty.err()).toContain('[');
    expect(tty.out()).toContain('\u001b[');
    const noColor = captureIo({ isTTY: true, env: { NO_COLOR: '1' } });
    await main(['analyze', dir], noColor);
    expect(noColor.out()).not.toContain('\u001b[');
  });

  it('documents the exit codes in help and prints the version', async () => {
    const help = captureIo();
    expect(await main(['help', 'analyze'], help)).toBe(0);
    expect(help.out()).toMatch(/Exit codes:[\s\S]*0[\s\S]*1[\s\S]*2 +usage error/);
    const version = captureIo();
    expect(await main(['--version'], version)).toBe(0);
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    expect(version.out().trim()).toBe(pkg.version);
  });
});
