import { describe, expect, it } from 'vitest';
import type { Check } from '../../../src/engine/checks/types.js';
import type { Finding } from '../../../src/engine/model/finding.js';
import { computeScore } from '../../../src/engine/score/score.js';

const base = { appliesTo: {}, codes: ['x'], run: () => [] };
const checks: Check[] = [
  { ...base, id: 'contact.email', category: 'contact', severity: 'warning', weight: 30 },
  { ...base, id: 'contact.phone', category: 'contact', severity: 'warning', weight: 20 },
  { ...base, id: 'parse.no-text', category: 'parseability', severity: 'blocker', cap: 10 },
  { ...base, id: 'layout.columns', category: 'layout', severity: 'blocker', cap: 60 },
  { ...base, id: 'content.tip', category: 'content', severity: 'tip' },
];

function finding(checkId: string, code = `${checkId}.fired`): Finding {
  const check = checks.find((c) => c.id === checkId)!;
  return {
    code,
    checkId,
    category: check.category,
    severity: check.severity,
    params: {},
    evidence: [],
    message: '',
    fix: '',
  };
}

const ranAll = checks.map((c) => c.id);

describe('computeScore', () => {
  it('scores 100 when nothing fires', () => {
    const score = computeScore({ checks, ran: ranAll, findings: [] });
    expect(score).toMatchObject({ overall: 100, cappedBy: null });
    expect(score.categories).toEqual({
      contact: 100,
      parseability: 100,
      layout: 100,
      content: 100,
    });
  });

  it('counts a warning once however often it fires', () => {
    const once = computeScore({ checks, ran: ranAll, findings: [finding('contact.email')] });
    const thrice = computeScore({
      checks,
      ran: ranAll,
      findings: [finding('contact.email'), finding('contact.email'), finding('contact.email')],
    });
    expect(once.categories.contact).toBe(70);
    expect(thrice).toEqual(once);
    expect(once.deductions).toEqual([
      { code: 'contact.email.fired', checkId: 'contact.email', category: 'contact', points: 30 },
    ]);
  });

  it('weights categories and rounds the overall score down', () => {
    const score = computeScore({
      checks,
      ran: ranAll,
      findings: [finding('contact.email'), finding('contact.phone')],
    });
    // contact 50 (weight 15), parseability, layout and content 100 (weights 25, 15, 10).
    expect(score.overall).toBe(Math.floor((50 * 15 + 100 * 50) / 65));
  });

  it('never lets tips change the score', () => {
    const score = computeScore({ checks, ran: ranAll, findings: [finding('content.tip')] });
    expect(score.overall).toBe(100);
  });

  it('caps the overall score at the lowest blocker and names it', () => {
    const score = computeScore({
      checks,
      ran: ranAll,
      findings: [finding('layout.columns'), finding('parse.no-text')],
    });
    expect(score.overall).toBe(10);
    expect(score.cappedBy).toBe('parse.no-text.fired');
    expect(score.categories.parseability).toBe(10);
    expect(score.categories.layout).toBe(60);
  });

  it('leaves categories whose checks were all skipped out of the mean', () => {
    const score = computeScore({
      checks,
      ran: ['contact.email', 'contact.phone'],
      findings: [finding('contact.email')],
    });
    expect(score.categories).toEqual({ contact: 70 });
    expect(score.overall).toBe(70);
  });
});

describe('a perfect score', () => {
  it('is only reached when no warning fires', () => {
    const lightest: Check[] = [
      { ...base, id: 'length.words', category: 'length', severity: 'warning', weight: 1 },
      { ...base, id: 'contact.email', category: 'contact', severity: 'warning', weight: 30 },
    ];
    const light = finding('contact.email');
    const score = computeScore({
      checks: lightest,
      ran: ['length.words', 'contact.email'],
      findings: [{ ...light, checkId: 'length.words', category: 'length' }],
    });
    expect(score.overall).toBeLessThan(100);
  });
});
