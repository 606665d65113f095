import { describe, expect, it } from 'vitest';
import { findTerms } from '../../../src/engine/match/terms.js';

const termsOf = (text: string): string[] => findTerms(text).map((mention) => mention.term);

describe('findTerms: aliases and synonyms', () => {
  it.each([
    ['Experience running k8s clusters', 'Kubernetes'],
    ['Strong JS skills', 'JavaScript'],
    ['We write TS everywhere', 'TypeScript'],
    ['Postgres or MySQL', 'PostgreSQL'],
    ['ML background', 'machine learning'],
    ['Deployed on GCP', 'Google Cloud'],
    ['Deployed on Amazon Web Services', 'Amazon Web Services'],
    ['Deployed on AWS', 'Amazon Web Services'],
    ['Advanced MS Excel', 'Microsoft Excel'],
    ['NodeJS services', 'Node.js'],
    ['node.js services', 'Node.js'],
  ])('%s → %s', (text, expected) => {
    expect(termsOf(text)).toContain(expected);
  });

  it('gives the canonical term and the printed surface with its offsets', () => {
    const text = 'Use k8s daily';
    const [mention] = findTerms(text);
    expect(mention).toEqual({ term: 'Kubernetes', kind: 'tool', surface: 'k8s', start: 4, end: 7 });
    expect(text.slice(mention?.start, mention?.end)).toBe('k8s');
  });
});

describe('findTerms: word boundaries', () => {
  it('never matches inside a longer word', () => {
    expect(termsOf('Our platform scales')).toEqual([]);
    expect(termsOf('JavaScript developer wanted')).not.toContain('Java');
    expect(termsOf('The team sparked a new idea')).not.toContain('Apache Spark');
  });

  it('keeps punctuation that is part of a name', () => {
    const terms = termsOf('C++, C#, .NET, Node.js and CI/CD pipelines');
    expect(terms).toEqual(expect.arrayContaining(['C++', 'C#', '.NET', 'Node.js', 'CI/CD']));
    expect(terms).not.toContain('C');
  });

  it('does not join words across a full stop', () => {
    expect(termsOf('We value the machine. Learning happens daily.')).not.toContain(
      'machine learning',
    );
  });

  it('prefers a multi-word term over its parts', () => {
    const mentions = findTerms('Applied machine learning at scale');
    expect(mentions.map((m) => m.term)).toEqual(['machine learning']);
    expect(mentions[0]?.surface).toBe('machine learning');
  });
});

describe('findTerms: ambiguous short names', () => {
  it('counts R and Go only in a technical context', () => {
    expect(termsOf('R, Python and SQL')).toContain('R');
    expect(termsOf('Experience in R programming')).toContain('R');
    expect(termsOf('Plan R for the event')).not.toContain('R');
    expect(termsOf('Backend services in Go and Docker')).toContain('Go');
    expect(termsOf('Ready to Go the extra mile')).not.toContain('Go');
    expect(termsOf('Python and SQL. Go to the office on Mondays.')).not.toContain('Go');
  });

  it('reads Excel, Word and Spark by case and context', () => {
    expect(termsOf('Proficient in Excel')).toContain('Microsoft Excel');
    expect(termsOf('Excel at customer care')).not.toContain('Microsoft Excel');
    expect(termsOf('Proficient in Excel and Word')).toContain('Microsoft Word');
    expect(termsOf('In a word, great')).not.toContain('Microsoft Word');
    expect(termsOf('Spark, Kafka and Airflow')).toContain('Apache Spark');
    expect(termsOf('A spark of curiosity')).not.toContain('Apache Spark');
    expect(termsOf('Trained as a Chef in Paris')).not.toContain('Chef');
  });
});
