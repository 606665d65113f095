import { describe, expect, it } from 'vitest';
import { computeResumeYears } from '../../../src/engine/match/resume-years.js';

const job = (start: string | null, end: string | null, current = false) => ({
  start,
  end,
  current,
});
const NOW = { year: 2025, month: 12 };

describe('years of experience from job dates', () => {
  it('counts months inclusively', () => {
    expect(computeResumeYears([job('2021-01', '2021-12')], NOW)).toBe(1);
  });

  it('counts overlapping jobs once', () => {
    // 2018-01..2020-12 and 2020-01..2021-12 overlap for a year: 4 years, not 5.
    expect(computeResumeYears([job('2018-01', '2020-12'), job('2020-01', '2021-12')], NOW)).toBe(4);
  });

  it('counts a job inside another once', () => {
    expect(computeResumeYears([job('2015-01', '2019-12'), job('2016-06', '2017-05')], NOW)).toBe(5);
  });

  it('adds disjoint jobs and leaves gaps out', () => {
    expect(computeResumeYears([job('2010-01', '2011-12'), job('2015-01', '2015-12')], NOW)).toBe(3);
  });

  it('runs a current job to now', () => {
    expect(computeResumeYears([job('2021-01', null, true)], NOW)).toBe(5);
  });

  it('reads year-only dates as mid-year', () => {
    expect(computeResumeYears([job('2016', '2019')], NOW)).toBe(3);
    expect(computeResumeYears([job('2015', '2015')], NOW)).toBe(0.5);
  });

  it('counts a future end only up to now', () => {
    expect(computeResumeYears([job('2025-01', '2027-06')], NOW)).toBe(1);
  });

  it('ignores entries without a start and counts the start month of an open entry', () => {
    expect(computeResumeYears([job(null, '2020-01'), job('2020-01', null)], NOW)).toBe(0.1);
  });

  it('without a clock runs a current job to the latest printed date', () => {
    expect(computeResumeYears([job('2020-01', null, true), job('2018-01', '2021-12')])).toBe(4);
  });
});
