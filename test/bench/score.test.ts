import { describe, expect, it } from 'vitest';
import type { LabelItem } from '../../bench/labels.js';
import { parseLabels, LabelFormatError } from '../../bench/labels.js';
import { scoreFile } from '../../bench/score.js';
import { summarizeScores } from '../../bench/summarize-scores.js';
import { makeReport } from '../cli/fake-report.js';

const label: LabelItem = {
  id: 'ada',
  file: 'ada.pdf',
  text_extractable: true,
  ground_truth: {
    name: 'Ada Lovelace',
    emails: ['ada@example.com'],
    phones: ['+44 1234 567890'],
    location: 'London, UK',
    urls: ['github.com/ada', 'ada.dev'],
    section_kinds: ['experience', 'education', 'skills'],
    num_experience_entries: 1,
    num_education_entries: 2,
    uncertain: { location: 'placeholder' },
  },
};

describe('scoreFile and summarizeScores', () => {
  it('scores each field, skips uncertain ones and lists the misses', () => {
    const score = scoreFile(label, makeReport(), { includeUncertain: false });
    expect(score.exact.name).toBe(true);
    expect(score.sets.emails).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    expect(score.sets.urls).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 1 });
    expect(score.sets.section_kinds).toEqual({
      truePositives: 2,
      falsePositives: 0,
      falseNegatives: 1,
    });
    expect(score.exact.num_education_entries).toBe(false);
    expect(score.skipped).toEqual(['location']);
    expect(score.misses.map((miss) => miss.field)).toEqual([
      'urls',
      'section_kinds',
      'num_education_entries',
    ]);
  });

  it('includes uncertain fields on request', () => {
    const score = scoreFile(label, makeReport(), { includeUncertain: true });
    expect(score.skipped).toEqual([]);
    expect(score.exact.location).toBe(true);
  });

  it('counts a failed document as missing everything', () => {
    const score = scoreFile(label, null, { includeUncertain: false, error: 'PDF_CORRUPT' });
    expect(score.error).toBe('PDF_CORRUPT');
    expect(score.exact.name).toBe(false);
    expect(score.sets.emails?.falseNegatives).toBe(1);
  });

  it('micro-averages set fields over files and averages headline fields overall', () => {
    const scores = [
      scoreFile(label, makeReport(), { includeUncertain: false }),
      scoreFile(label, null, { includeUncertain: false }),
    ];
    const { fields, overall } = summarizeScores(scores);
    const emails = fields.find((f) => f.field === 'emails');
    expect(emails).toMatchObject({ precision: 1, recall: 0.5, scored: 2 });
    expect(emails?.value).toBeCloseTo(2 / 3);
    expect(fields.find((f) => f.field === 'name')?.value).toBe(0.5);
    expect(fields.find((f) => f.field === 'location')).toMatchObject({
      skipped: 2,
      isInformative: true,
    });
    expect(overall).toBeGreaterThan(0);
    expect(overall).toBeLessThan(1);
  });
});

describe('parseLabels', () => {
  it('rejects label files without items or with malformed ground truth', () => {
    expect(() => parseLabels({})).toThrow(LabelFormatError);
    expect(() =>
      parseLabels({ items: [{ file: 'a.pdf', ground_truth: { emails: 'x' } }] }),
    ).toThrow(/emails must be an array/);
  });
});
