import { describe, expect, it } from 'vitest';
import { fallbackCoverLetter } from '../../../src/ai/fallback/cover-letter.js';
import { rewriteWeakOpener } from '../../../src/ai/fallback/opener-rewrite.js';
import { buildFactSource } from '../../../src/ai/guards/fact-source.js';
import { findFabricatedFacts } from '../../../src/ai/guards/fabrication.js';
import { createPremiumService } from '../../../src/ai/premium/service.js';
import type { PremiumInput } from '../../../src/ai/ports.js';
import { buildInput } from './resume-fixture.js';

describe('rewriteWeakOpener', () => {
  it.each([
    ['Responsible for managing the payments API', 'Managed the payments API'],
    ['Responsible for planning sprints for 3 teams', 'Planned sprints for 3 teams'],
    ['In charge of leading the on-call rotation', 'Led the on-call rotation'],
    ['Responsible for the payroll system', 'Owned the payroll system'],
    ['Worked with designers on onboarding', 'Collaborated with designers on onboarding'],
    ['Helped with testing the release', 'Contributed to testing the release'],
    ['Was responsible for applying patches', 'Applied patches'],
  ])('rewrites “%s” as “%s”', (bullet, expected) => {
    expect(rewriteWeakOpener(bullet)?.rewrite).toBe(expected);
  });

  it('offers alternatives but no rewrite when a bare verb follows “helped”', () => {
    const result = rewriteWeakOpener('Helped build the data pipeline');
    expect(result?.rewrite).toBeNull();
    expect(result?.alternatives.length).toBeGreaterThan(0);
  });

  it('returns null for a bullet with a strong opener', () => {
    expect(rewriteWeakOpener('Reduced latency by 35%')).toBeNull();
  });
});

describe('fallback analysis', () => {
  it('keeps every fact of each bullet it rewrites and never adds a number', async () => {
    const input = await buildInput({ withJob: true });
    const result = await createPremiumService({ provider: null }).analyze(input);
    const resume = buildFactSource([input.resumeText]);
    for (const rewrite of result.rewrites) {
      const own = buildFactSource([rewrite.original]);
      expect(findFabricatedFacts(rewrite.rewrite, { names: resume, numbers: own })).toEqual([]);
    }
    for (const advice of result.advice) expect(advice.text).not.toMatch(/\d+%/);
    expect(result.summary).toBe(
      'Software Engineer at Acme Corp with 8+ years of experience. Strengths include Docker, PostgreSQL and Python.',
    );
  });

  it('leaves the summary null when the resume names no role', async () => {
    const input = await buildInput();
    const bare: PremiumInput = { ...input, report: { ...input.report, experience: [] } };
    expect((await createPremiumService({ provider: null }).analyze(bare)).summary).toBeNull();
  });
});

describe('fallback cover letter', () => {
  const tones = ['formal', 'friendly', 'enthusiastic', 'concise'] as const;
  const lengths = ['short', 'medium', 'long'] as const;

  it.each(tones.flatMap((tone) => lengths.map((length) => [tone, length] as const)))(
    'is well formed in %s tone, %s length',
    async (tone, length) => {
      const input = await buildInput({ withJob: true });
      const letter = fallbackCoverLetter(input, {
        tone,
        length,
        reason: 'no-model',
        promptVersion: 'cover-letter@1',
        safetyFindings: [],
      });
      const blocks = letter.text.split('\n\n');
      expect(blocks[0]).toMatch(/^(Dear|Hello)/);
      expect(blocks.length).toBeGreaterThanOrEqual(4);
      expect(blocks.at(-1)).toMatch(/,\nJane Doe$/);
      expect(letter.text).toContain('Senior Backend Engineer');
      expect(letter.text).not.toMatch(/undefined|null|NaN|\{|\}/);
      expect(letter).toMatchObject({ tone, length, degraded: true, degradedReason: 'no-model' });
    },
  );

  it('grows with the chosen length', async () => {
    const input = await buildInput({ withJob: true });
    const words = (length: 'short' | 'medium' | 'long') =>
      fallbackCoverLetter(input, {
        tone: 'formal',
        length,
        reason: 'no-model',
        promptVersion: 'x',
        safetyFindings: [],
      }).text.split(/\s+/).length;
    expect(words('short')).toBeLessThan(words('medium'));
    expect(words('medium')).toBeLessThan(words('long'));
  });

  it('stays well formed for a resume without name, roles or job title', async () => {
    const input = await buildInput();
    const empty: PremiumInput = {
      ...input,
      report: {
        ...input.report,
        experience: [],
        skills: [],
        contact: { ...input.report.contact, name: null },
      },
      match: undefined,
      jobDescription: 'We are hiring.',
    };
    const letter = fallbackCoverLetter(empty, {
      tone: 'concise',
      length: 'long',
      reason: 'breaker-open',
      promptVersion: 'x',
      safetyFindings: [],
    });
    expect(letter.text).toMatch(
      /^Dear Hiring Manager,\n\nPlease accept my application for this position\./,
    );
    expect(letter.text.endsWith('Regards,')).toBe(true);
    expect(letter.text).not.toMatch(/undefined|null/);
  });
});
