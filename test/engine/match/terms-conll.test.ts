import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConll } from '../../../bench/conll.js';
import { scoreSpans } from '../../../bench/span-scores.js';

const fixture = readFileSync(
  new URL('../../fixtures/jd-terms/sample.conll', import.meta.url),
  'utf8',
);

describe('bench CoNLL reader', () => {
  it('rebuilds sentences and character spans from B-/I- tags', () => {
    const sentences = readConll(fixture);
    expect(sentences.map((s) => s.text)).toEqual([
      'Strong Python and SQL skills .',
      'Lead cross functional teams as a Software Engineer',
    ]);
    const second = sentences[1];
    expect(second?.spans.map((span) => second.text.slice(span.start, span.end))).toEqual([
      'Lead cross functional teams',
      'Software Engineer',
    ]);
    expect(second?.spans.map((span) => span.label)).toEqual(['Skill', 'Occupation']);
  });

  it('scores strict and relaxed span matches', () => {
    const sentences = readConll(fixture);
    const predictions = [[{ start: 7, end: 13 }], [{ start: 5, end: 27 }]];
    const scores = scoreSpans(sentences, predictions, 'Skill');
    expect(scores.gold).toBe(3);
    expect(scores.strict.precision).toBe(0.5);
    expect(scores.relaxed.precision).toBe(1);
    expect(scores.relaxed.recall).toBeCloseTo(2 / 3);
  });
});
