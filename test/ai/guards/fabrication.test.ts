import { describe, expect, it } from 'vitest';
import { buildFactSource } from '../../../src/ai/guards/fact-source.js';
import {
  findFabricatedFacts,
  guardRewrite,
  guardText,
} from '../../../src/ai/guards/fabrication.js';

const RESUME = `Jane Doe
Software Engineer, Acme Corp, 2019 – 2023
- Responsible for managing a team of 5 engineers
- Reduced latency by 35% using k8s and Python
- Managed a budget of $1,200,000 and 1,000 users
Skills: Python, k8s, PostgreSQL`;
const source = buildFactSource([RESUME]);
const sources = { names: source, numbers: source };

describe('findFabricatedFacts', () => {
  it.each([
    ['an added employer', 'Led a team of 5 engineers at Google.', 'employer: Google'],
    ['an inflated number', 'Managed a team of 12 engineers.', 'number: 12'],
    ['an inflated percentage', 'Reduced latency by 50% using Python.', 'number: 50%'],
    ['a new skill', 'Reduced latency by 35% with Terraform.', 'skill: Terraform'],
    ['an invented year', 'Led the team of 5 engineers since 2017.', 'date: 2017'],
    [
      'an inflated title',
      'Promoted to Senior Software Engineer.',
      'title: Senior Software Engineer',
    ],
    [
      'a new multi-word skill',
      'Applied machine learning to cut latency 35%.',
      'skill: machine learning',
    ],
    ['a currency amount not in the resume', 'Managed a budget of $2M.', 'number: $2M'],
  ])('flags %s', (_label, candidate, fact) => {
    expect(findFabricatedFacts(candidate, sources)).toContain(fact);
  });

  it.each([
    ['a reworded bullet', 'Led a team of 5 engineers.'],
    ['a number written as a word', 'Managed a team of five engineers.'],
    ['percent spelled out and a skill alias', 'Cut latency 35 percent with Kubernetes and Python.'],
    ['an amount in short form', 'Owned a $1.2M budget serving 1k users.'],
    ['an amount without its sign', 'Owned a 1,200,000 budget.'],
    ['an employer the resume names', 'Mentored engineers at Acme Corp.'],
  ])('accepts %s', (_label, candidate) => {
    expect(findFabricatedFacts(candidate, sources)).toEqual([]);
  });

  it('does not let a percentage stand in for a plain count', () => {
    expect(findFabricatedFacts('Grew adoption by 5%.', sources)).toContain('number: 5%');
  });
});

describe('guardRewrite', () => {
  const original = 'Responsible for managing a team of 5 engineers';

  it('keeps a faithful rewrite unrejected', () => {
    const result = guardRewrite(
      { original, rewrite: 'Managed a team of 5 engineers', reason: 'verb' },
      sources,
    );
    expect(result.rejected).toBeUndefined();
  });

  it('rejects a rewrite that adds an employer and says which fact', () => {
    const result = guardRewrite(
      { original, rewrite: 'Managed a team of 5 engineers at Google', reason: 'verb' },
      sources,
    );
    expect(result.rejected?.reason).toMatch(/adds facts/);
    expect(result.rejected?.facts).toContain('employer: Google');
  });

  it('rejects a rewrite that drops the bullet’s number', () => {
    const result = guardRewrite(
      { original, rewrite: 'Managed an engineering team', reason: 'x' },
      sources,
    );
    expect(result.rejected?.facts).toEqual(['dropped number: 5']);
  });

  it('rejects a number moved from another bullet when numbers are scoped to the bullet', () => {
    const bulletOnly = buildFactSource([original]);
    const result = guardRewrite(
      { original, rewrite: 'Managed a team of 5 engineers, cutting latency 35%', reason: 'x' },
      { names: source, numbers: bulletOnly },
    );
    expect(result.rejected?.facts).toContain('number: 35%');
  });
});

describe('guardText', () => {
  it('removes only the sentences with fabricated facts', () => {
    const text = 'I led a team of 5 engineers. I also ran 20 teams at Google. I enjoy Python.';
    const guarded = guardText(text, sources);
    expect(guarded.text).toBe('I led a team of 5 engineers. I enjoy Python.');
    expect(guarded.removed).toHaveLength(1);
    expect(guarded.removed[0]?.facts).toEqual(
      expect.arrayContaining(['number: 20', 'employer: Google']),
    );
  });

  it('keeps decimals inside one sentence', () => {
    const guarded = guardText('Owned a $1.2M budget. Thanks.', sources);
    expect(guarded.removed).toEqual([]);
    expect(guarded.text).toBe('Owned a $1.2M budget. Thanks.');
  });
});
