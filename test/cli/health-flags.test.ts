/**
 * The health flags end to end (--ignore, --min-score, --format html, the date passed in). Two probe
 * checks are added to the real registry so the behaviour is observable whatever checks exist.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type * as registry from '../../src/engine/checks/index.js';
import type { Report } from '../../src/engine/index.js';
import { captureIo } from './cli-io.js';

const probes = vi.hoisted(() => [
  {
    id: 'contact.probe',
    category: 'contact' as const,
    severity: 'warning' as const,
    weight: 40,
    appliesTo: { needsText: false },
    codes: ['probe.warning'],
    run: () => [{ code: 'probe.warning', evidence: [{ page: 1, snippet: 'probe evidence' }] }],
  },
  {
    id: 'dates.probe-clock',
    category: 'dates' as const,
    severity: 'tip' as const,
    appliesTo: { needsText: false, needsClock: true },
    codes: ['probe.clock'],
    run: (context: { now?: { year: number } }) => [
      { code: 'probe.clock', params: { year: context.now?.year ?? 0 } },
    ],
  },
]);

vi.mock('../../src/engine/checks/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof registry>();
  return { ...original, CHECKS: [...original.CHECKS, ...probes] };
});

let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'resume-health-flags-'));
  file = join(dir, 'jane.txt');
  await writeFile(
    file,
    'Jane Smith\njane@example.com\n\nEXPERIENCE\nEngineer, Acme\n2020 - 2023\n',
  );
  await writeFile(join(dir, 'joe.txt'), 'Joe Bloggs\n<script>alert(1)</script>\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function jsonReport(...flags: string[]): Promise<Report> {
  const io = captureIo();
  expect(await main(['analyze', file, '--json', ...flags], io)).toBe(0);
  return JSON.parse(io.out()) as Report;
}

describe('analyze health flags', () => {
  it('passes the current date in, so checks that need it run', async () => {
    const report = await jsonReport();
    const clock = report.findings.find((finding) => finding.code === 'probe.clock');
    expect(clock?.params.year).toBe(new Date().getUTCFullYear());
    expect(report.skippedChecks.map((skip) => skip.checkId)).not.toContain('dates.probe-clock');
  });

  it('--ignore moves findings to dismissed and recomputes the score without them', async () => {
    const counted = await jsonReport();
    const ignored = await jsonReport('--ignore', 'probe.warning');
    expect(counted.findings.map((f) => f.code)).toContain('probe.warning');
    expect(ignored.findings.map((f) => f.code)).not.toContain('probe.warning');
    expect(ignored.dismissed.map((f) => f.code)).toEqual(['probe.warning']);
    expect(ignored.score.categories.contact! - counted.score.categories.contact!).toBe(40);
    expect(ignored.score.overall).toBeGreaterThan(counted.score.overall);
  });

  it('--ignore warns about a code no check emits, without failing', async () => {
    const io = captureIo();
    expect(await main(['analyze', file, '--ignore', 'probe.warning,no.such-code'], io)).toBe(0);
    expect(io.err()).toBe(
      'resume-health: warning: --ignore no.such-code matches no finding code\n',
    );
    expect(io.out()).toMatch(/Dismissed \(1, not scored\)\n {2}probe\.warning/);
  });

  it('--min-score exits 3 below the threshold and 0 at it, naming the document', async () => {
    const { overall } = (await jsonReport()).score;
    const at = captureIo();
    expect(await main(['analyze', file, '--min-score', String(overall)], at)).toBe(0);
    const above = captureIo();
    expect(await main(['analyze', file, '--min-score', String(overall + 1)], above)).toBe(3);
    expect(above.err()).toBe(`jane.txt: score ${overall} is below --min-score ${overall + 1}\n`);
  });

  it('--min-score in a batch counts the documents below it in the summary', async () => {
    const io = captureIo();
    expect(await main(['analyze', dir, '--min-score', '100'], io)).toBe(3);
    expect(io.out()).toMatch(/2 analyzed, 0 failed, median \d+ ms, 2 below --min-score 100\n$/);
    expect(io.out()).toMatch(/✓ jane\.txt {2}txt {2}1p {2}\d+ words {2}score \d+/);
  });

  it('--format html prints one self-contained page for one document', async () => {
    const io = captureIo();
    expect(await main(['analyze', join(dir, 'joe.txt'), '--format', 'html'], io)).toBe(0);
    expect(io.out().startsWith('<!doctype html>')).toBe(true);
    expect(io.out()).toContain('probe evidence');
    expect(io.out()).not.toContain('<script>');
  });

  it('--format html needs --out for several documents and then writes <name>.html', async () => {
    const refused = captureIo();
    expect(await main(['analyze', dir, '--format', 'html'], refused)).toBe(2);
    expect(refused.err()).toContain('needs --out DIR');
    const out = join(dir, 'html');
    const io = captureIo();
    expect(await main(['analyze', dir, '--format', 'html', '--out', out], io)).toBe(0);
    expect(await readdir(out)).toEqual(['jane.txt.html', 'joe.txt.html']);
    expect(await readFile(join(out, 'jane.txt.html'), 'utf8')).toContain('Jane Smith');
    expect(io.out()).toContain(`→ ${join(out, 'jane.txt.html')}`);
  });
});
