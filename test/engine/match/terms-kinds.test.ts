import { describe, expect, it } from 'vitest';
import { findTerms } from '../../../src/engine/match/terms.js';
import { lookupTerm } from '../../../src/engine/match/taxonomy.js';
import { TAXONOMY_FOLD_VERSION } from '../../../src/engine/match/data/taxonomy-data.js';
import { FOLD_VERSION } from '../../../src/engine/match/stem.js';

const mentionsOf = (text: string): string[] =>
  findTerms(text).map((mention) => `${mention.kind}:${mention.term}`);

describe('findTerms: soft skills', () => {
  it.each([
    ['Excellent communication skills', 'soft:communication skills'],
    ['Strong written and verbal communication', 'soft:communication skills'],
    ['A true team player', 'soft:teamwork'],
    ['Stakeholder management across regions', 'soft:stakeholder management'],
    ['Managing stakeholders at board level', 'soft:stakeholder management'],
    ['Proven problem-solving ability', 'soft:problem solving'],
    ['Attention to detail is key', 'soft:attention to detail'],
  ])('%s → %s', (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  it('keeps people management apart from team leadership', () => {
    expect(mentionsOf('Line management of five engineers')).toContain('soft:people management');
    expect(mentionsOf('Leading teams of five engineers')).toContain('soft:team leadership');
  });

  it('matches inflected verb phrases through stemming', () => {
    expect(mentionsOf('Managed projects end to end')).toContain('hard:project management');
  });
});

describe('findTerms: titles and other kinds', () => {
  it('finds a title without its seniority', () => {
    const [mention] = findTerms('Senior Software Engineer');
    expect(mention).toMatchObject({ term: 'software engineer', kind: 'title' });
    expect(mention?.surface).toBe('Software Engineer');
  });

  it('treats a software developer as a software engineer', () => {
    expect(mentionsOf('Software Developers wanted')).toContain('title:software engineer');
  });

  it('finds certifications and languages', () => {
    expect(mentionsOf('PMP certified; fluent in Spanish')).toEqual(
      expect.arrayContaining(['certification:PMP', 'language:Spanish']),
    );
  });

  it('ignores generic words', () => {
    expect(findTerms('Work experience with our team on the project')).toEqual([]);
  });
});

describe('taxonomy', () => {
  it('canonicalises free-standing names', () => {
    expect(lookupTerm('k8s')?.term).toBe('Kubernetes');
    expect(lookupTerm('postgres')?.kind).toBe('tool');
    expect(lookupTerm('no such skill here')).toBeUndefined();
  });

  it('was built with the current token folding', () => {
    expect(TAXONOMY_FOLD_VERSION).toBe(FOLD_VERSION);
  });
});
