import { describe, expect, it } from 'vitest';
import { medianOverRounds, summarizeByFormat } from '../../bench/speed-stats.js';
import { median, percentile } from '../../src/cli/stats.js';

const times = (extract: number, layout: number, parse: number, checks = 0) => ({
  extract,
  layout,
  parse,
  checks,
  total: extract + layout + parse + checks,
});

describe('timing statistics', () => {
  it('computes medians and nearest-rank percentiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
    const values = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 100)).toBe(10);
    expect(percentile([5], 90)).toBe(5);
  });

  it('takes each stage median over rounds, so one slow round does not count', () => {
    expect(medianOverRounds([times(10, 1, 1), times(100, 1, 1), times(12, 1, 1)])).toEqual(
      times(12, 1, 1),
    );
  });

  it('summarizes per format with throughput and layout+parse overhead', () => {
    const [docx, pdf] = summarizeByFormat([
      { file: 'a.pdf', format: 'pdf', rounds: [times(80, 4, 4)] },
      { file: 'b.pdf', format: 'pdf', rounds: [times(120, 6, 6)] },
      { file: 'c.docx', format: 'docx', rounds: [times(5, 0, 1)] },
    ]);
    expect(docx?.format).toBe('docx');
    expect(pdf).toMatchObject({ format: 'pdf', files: 2 });
    expect(pdf?.stages.extract).toEqual({ median: 100, p90: 120, max: 120 });
    expect(pdf?.overheadPercent).toBeCloseTo(10);
    expect(pdf?.filesPerSecond).toBeCloseTo(2 / 0.22);
  });

  it('relates the checks stage to the parse stage and to parsing alone', () => {
    const [pdf] = summarizeByFormat([
      { file: 'a.pdf', format: 'pdf', rounds: [times(80, 10, 10, 5)] },
      { file: 'b.pdf', format: 'pdf', rounds: [times(60, 5, 5, 25)] },
    ]);
    expect(pdf?.stages.checks).toEqual({ median: 15, p90: 25, max: 25 });
    expect(pdf?.checksPerParse).toBeCloseTo(30 / 15);
    expect(pdf?.analysisPerParsing).toBeCloseTo(200 / 170);
  });
});
