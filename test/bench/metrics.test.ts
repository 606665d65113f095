import { describe, expect, it } from 'vitest';
import {
  compareSets,
  computeF1,
  isSameEmail,
  isSameName,
  isSamePhone,
  isSameUrl,
  normalizeLocation,
  normalizeUrl,
} from '../../bench/metrics.js';

describe('set comparison and F1', () => {
  it('matches one to one, so a duplicate prediction is a false positive', () => {
    expect(compareSets(['a', 'b'], ['a', 'a', 'c'], (x, y) => x === y)).toEqual({
      truePositives: 1,
      falsePositives: 2,
      falseNegatives: 1,
    });
  });

  it('computes precision, recall and F1, with empty vs empty scoring 1', () => {
    expect(computeF1({ truePositives: 1, falsePositives: 1, falseNegatives: 0 })).toEqual({
      precision: 0.5,
      recall: 1,
      f1: 2 / 3,
    });
    expect(computeF1({ truePositives: 0, falsePositives: 0, falseNegatives: 0 }).f1).toBe(1);
    expect(computeF1({ truePositives: 0, falsePositives: 2, falseNegatives: 3 }).f1).toBe(0);
  });
});

describe('field normalisation', () => {
  it('compares names ignoring case, whitespace, CJK spacing and edge punctuation, not accents', () => {
    expect(isSameName('Claud D. Park', 'CLAUD  D. PARK')).toBe(true);
    expect(isSameName('小龙 李', '小龙李')).toBe(true);
    expect(isSameName('John Doe', 'John Doe,')).toBe(true);
    expect(isSameName('José Núñez', 'Jose\u0301 Nu\u0301n\u0303ez'.normalize('NFD'))).toBe(true);
    expect(isSameName('José', 'Jose')).toBe(false);
    expect(isSameName('John Doe', 'John')).toBe(false);
    expect(isSameName(null, null)).toBe(true);
  });

  it('compares emails case-insensitively and without mailto:', () => {
    expect(isSameEmail('John@Doe.org', 'mailto:john@doe.org')).toBe(true);
    expect(isSameEmail('john@doe.org', 'jon@doe.org')).toBe(false);
  });

  it('compares phones by digits, allowing a country code or trunk zero difference', () => {
    expect(isSamePhone('(+82) 10-9030-1843', '+821090301843')).toBe(true);
    expect(isSamePhone('607.379.5733', '+16073795733')).toBe(true);
    expect(isSamePhone('0111 111111', '+49 111 111111')).toBe(true);
    expect(isSamePhone('+1 (234) 567 890', '+2 (345) 678 901')).toBe(false);
    expect(isSamePhone('123', '+1 123')).toBe(false);
    expect(isSamePhone('', '')).toBe(false);
    expect(isSamePhone('000-00-0000', '000-00-0000')).toBe(true);
  });

  it('normalises URLs: scheme, www, trailing slash and host case, keeping path case', () => {
    expect(normalizeUrl('HTTPS://WWW.GitHub.com/Posquit0/')).toBe('github.com/Posquit0');
    expect(isSameUrl('www.posquit0.com', 'https://posquit0.com/')).toBe(true);
    expect(isSameUrl('linkedin.com/in/rendercv', 'https://linkedin.com/in/rendercv')).toBe(true);
    expect(isSameUrl('github.com/a', 'github.com/b')).toBe(false);
    expect(isSameUrl('github.com/Ada', 'github.com/ada')).toBe(false);
  });

  it('reads "Site:// handle" labels as a handle on that site', () => {
    expect(isSameUrl('Github:// deedydas', 'https://github.com/deedydas')).toBe(true);
    expect(isSameUrl('Twitter:// @debarghya_das', 'https://twitter.com/debarghya_das')).toBe(true);
    expect(isSameUrl('Github:// deedydas', 'https://gitlab.com/deedydas')).toBe(false);
    expect(isSameUrl('Github:// deedydas', 'Github:// deedydas')).toBe(true);
  });

  it('normalises locations by punctuation and spacing', () => {
    expect(normalizeLocation('San Francisco, CA')).toBe(normalizeLocation('San Francisco CA'));
  });
});
