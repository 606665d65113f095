/** `analyze --premium` and `cover-letter` through main with an injected stand-in PremiumService. */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createStandInPremium } from '../server/premium-stand-in.js';
import { captureIo } from './cli-io.js';

const RESUME = 'test/fixtures/resumes/en-plain.txt';
const JOB = 'test/fixtures/jobs/icu-nurse.txt';

async function run(argv: string[], options: { degradedReason?: string } = {}) {
  const io = captureIo();
  const premium = createStandInPremium();
  premium.degradedReason = options.degradedReason;
  const code = await main(argv, io, { createPremium: () => premium });
  return { code, io, premium };
}

describe('resume-health analyze --premium', () => {
  it('prints rewrites with reasons, hides rejected ones, and orders the advice', async () => {
    const { code, io, premium } = await run(['analyze', RESUME, '--premium']);
    expect(code).toBe(0);
    const out = io.out();
    expect(out).toContain('Premium analysis (model stand-in-1, prompt test-1)');
    expect(out).toContain('→ Wrote weekly reports');
    expect(out).toContain('why: stronger verb');
    expect(out).not.toContain('Google');
    expect(out).toContain('1 hidden: they added facts the resume does not contain');
    expect(out.indexOf('1. Lead with Kubernetes')).toBeLessThan(out.indexOf('2. Quantify'));
    expect(out).not.toContain('degraded:');
    expect(premium.calls[0]?.input.resumeText.length).toBeGreaterThan(100);
  });

  it('says why a result is degraded', async () => {
    const { io } = await run(['analyze', RESUME, '--premium'], {
      degradedReason: 'no model configured',
    });
    expect(io.out()).toContain('Premium analysis (engine only, prompt test-1)');
    expect(io.out()).toContain('degraded: no model configured');
  });

  it('adds the premium analysis, rejected rewrites flagged, to the JSON report', async () => {
    const { code, io } = await run(['analyze', RESUME, '--premium', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.schemaVersion).toBe('1');
    expect(report.premium.rewrites).toHaveLength(2);
    expect(report.premium.rewrites[1].rejected.facts).toContain('Google');
  });

  it('does not build the premium service without --premium', async () => {
    const io = captureIo();
    const code = await main(['analyze', RESUME, '--json'], io, {
      createPremium: () => {
        throw new Error('must not be built');
      },
    });
    expect(code).toBe(0);
    expect(JSON.parse(io.out())).not.toHaveProperty('premium');
  });

  it('refuses --premium with --format html', async () => {
    const { code, io } = await run(['analyze', RESUME, '--premium', '--format', 'html']);
    expect(code).toBe(2);
    expect(io.err()).toContain('--premium works with text or json');
  });

  it('exits 2 and names the setting when the premium config is invalid', async () => {
    const io = captureIo({ env: { LLM_BASE_URL: 'http://127.0.0.1:11434/v1' } });
    expect(await main(['analyze', RESUME, '--premium'], io)).toBe(2);
    expect(io.err()).toContain('LLM_MODEL: is required when LLM_BASE_URL is set');
  });
});

describe('resume-health cover-letter', () => {
  it('prints the letter in the chosen tone and length, from the resume and its match', async () => {
    const { code, io, premium } = await run([
      'cover-letter',
      RESUME,
      JOB,
      '--tone',
      'enthusiastic',
      '--length',
      'short',
    ]);
    expect(code).toBe(0);
    expect(io.out()).toBe('Dear hiring team,\n\nI would like to apply.\n\nKind regards\n');
    expect(io.err()).toBe('');
    const [call] = premium.calls;
    expect(call?.options).toEqual({ tone: 'enthusiastic', length: 'short' });
    expect(call?.input.jobDescription).toMatch(/nurse/i);
    expect(call?.input.match?.score).toBeTypeOf('number');
  });

  it('prints the degraded reason to stderr and the letter as JSON with --json', async () => {
    const { code, io } = await run(['cover-letter', RESUME, JOB, '--json'], {
      degradedReason: 'circuit breaker open',
    });
    expect(code).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ degraded: true, tone: 'formal' });
    expect(io.err()).toBe('degraded: circuit breaker open\n');
  });

  it('exits 1 with the error code when the resume cannot be read', async () => {
    const { code, io } = await run(['cover-letter', 'test/fixtures/malicious', JOB]);
    expect(code).toBe(1);
    expect(io.err()).toMatch(/malicious: READ_FAILED: /);
  });

  it.each([
    [['cover-letter', RESUME]],
    [['cover-letter', RESUME, JOB, JOB]],
    [['cover-letter', RESUME, JOB, '--tone', 'rude']],
    [['cover-letter', RESUME, JOB, '--length', 'epic']],
    [['cover-letter', RESUME, 'test/fixtures/jobs/does-not-exist.txt']],
  ])('exits 2 on a usage error: %j', async (argv) => {
    const { code, io, premium } = await run(argv);
    expect(code).toBe(2);
    expect(io.err()).toContain('resume-health:');
    expect(premium.calls).toHaveLength(0);
  });

  it('has its own help', async () => {
    const { code, io } = await run(['help', 'cover-letter']);
    expect(code).toBe(0);
    expect(io.out()).toContain('--tone TONE');
  });
});
