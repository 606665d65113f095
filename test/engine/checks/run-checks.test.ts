import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/engine/checks/run-checks.js';
import type { Check, CheckContext } from '../../../src/engine/checks/types.js';

function context(overrides: Partial<CheckContext> = {}): CheckContext {
  return {
    extracted: { format: 'pdf' } as CheckContext['extracted'],
    layout: {} as CheckContext['layout'],
    resume: {} as CheckContext['resume'],
    words: 300,
    textExtractable: true,
    language: 'en',
    ...overrides,
  };
}

const fires: Check = {
  id: 'demo.fires',
  category: 'content',
  severity: 'warning',
  weight: 5,
  appliesTo: { languages: ['en'], minWords: 100 },
  codes: ['demo.fired'],
  run: () => [{ code: 'demo.fired', params: { n: 2 }, evidence: [{ page: 1, snippet: 'x' }] }],
};

describe('runChecks', () => {
  it('stamps findings with the check id, category and severity', () => {
    const run = runChecks([fires], context());
    expect(run.ran).toEqual(['demo.fires']);
    expect(run.findings[0]).toMatchObject({
      code: 'demo.fired',
      checkId: 'demo.fires',
      category: 'content',
      severity: 'warning',
      params: { n: 2 },
      evidence: [{ page: 1, snippet: 'x' }],
    });
  });

  it.each([
    [{ language: 'de' }, 'language-not-assessed:de'],
    [{ textExtractable: false }, 'no-text'],
    [{ words: 20 }, 'too-little-text'],
  ])('skips a check that does not apply (%o) and says why', (overrides, reason) => {
    const run = runChecks([fires], context(overrides));
    expect(run.findings).toEqual([]);
    expect(run.skipped).toEqual([{ checkId: 'demo.fires', reason }]);
  });

  it('skips clock-dependent checks without a clock and format-specific ones elsewhere', () => {
    const clock: Check = { ...fires, id: 'demo.clock', appliesTo: { needsClock: true } };
    const pdfOnly: Check = { ...fires, id: 'demo.pdf', appliesTo: { formats: ['docx'] } };
    const run = runChecks([clock, pdfOnly], context());
    expect(run.skipped.map((s) => s.reason)).toEqual(['no-clock', 'format-not-applicable:pdf']);
  });

  it('says a language variant is covered elsewhere rather than not assessed', () => {
    const variant: Check = {
      ...fires,
      id: 'demo.variant',
      appliesTo: { languages: ['en'], languageVariant: true },
    };
    const run = runChecks([variant], context({ language: 'de' }));
    expect(run.skipped).toEqual([{ checkId: 'demo.variant', reason: 'language-variant:de' }]);
  });

  it('moves dismissed codes out of the findings', () => {
    const run = runChecks([fires], context(), ['demo.fired']);
    expect(run.findings).toEqual([]);
    expect(run.dismissed.map((f) => f.code)).toEqual(['demo.fired']);
  });
});
