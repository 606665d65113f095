import { describe, expect, it } from 'vitest';
import { extractNumericFacts, isBackedNumber } from '../../../src/ai/guards/numbers.js';

const keys = (text: string) => extractNumericFacts(text).map((fact) => fact.key);

describe('extractNumericFacts', () => {
  it.each([
    ['1,000', '1000', '1k'],
    ['35%', '35 percent', '35 per cent'],
    ['$1.2M', '$1,200,000', '$1.2 million'],
    ['2x', 'doubled', 'twice'],
    ['5', 'five', '5'],
  ])('reads %s, %s and %s as the same fact', (a, b, c) => {
    expect(keys(a)).toEqual(keys(b));
    expect(keys(b)).toEqual(keys(c));
  });

  it('reads standalone years as dates, with or without a month', () => {
    expect(extractNumericFacts('March 2021 – 2023')).toEqual([
      { key: 'year:2021', kind: 'date', surface: '2021' },
      { key: 'year:2023', kind: 'date', surface: '2023' },
    ]);
  });

  it('ignores digits inside names like k8s, EC2 and Q3', () => {
    expect(keys('Ran k8s on EC2 in Q3')).toEqual([]);
  });
});

describe('isBackedNumber', () => {
  it('lets a bare number drop a unit but not add one', () => {
    const source = new Set(['%:35', ':12']);
    expect(isBackedNumber(':35', source)).toBe(true);
    expect(isBackedNumber('%:12', source)).toBe(false);
  });
});
