import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/engine/messages/catalog.js';
import {
  describeCap,
  describeSkipReason,
  labelCode,
  listCategoryScores,
  summarizeSkipped,
} from '../../src/report/summary.js';
import { makeHealthReport } from './report-fixtures.js';

describe('report summary helpers', () => {
  // A code of our own, so the test does not depend on which real messages exist yet.
  beforeEach(() => {
    MESSAGES['fixture.blocker'] = {
      title: 'No text layer',
      why: 'why',
      message: () => 'message',
      fix: () => 'fix',
    };
  });
  afterEach(() => {
    delete MESSAGES['fixture.blocker'];
  });

  it('labels a code with its catalogue title, or leaves a bare code', () => {
    expect(labelCode('fixture.blocker')).toBe('fixture.blocker: No text layer');
    expect(labelCode('fixture.unknown')).toBe('fixture.unknown');
    expect(describeCap(makeHealthReport().score)).toBe('capped by fixture.blocker: No text layer');
  });

  it('lists assessed categories in the canonical order with their weights', () => {
    expect(listCategoryScores(makeHealthReport().score)).toEqual([
      { category: 'parseability', score: 30, weight: 25 },
      { category: 'layout', score: 100, weight: 15 },
      { category: 'contact', score: 80, weight: 15 },
    ]);
  });

  it('explains every skip reason the runner produces', () => {
    expect(describeSkipReason('language-not-assessed:de')).toBe('language de not assessed');
    expect(describeSkipReason('format-not-applicable:txt')).toBe('not applicable to TXT files');
    expect(describeSkipReason('no-text')).toBe('no readable text');
    expect(describeSkipReason('too-little-text')).toBe('too little text');
    expect(describeSkipReason('no-clock')).toBe('no current date given');
    expect(describeSkipReason('something-new')).toBe('something-new');
  });

  it('groups skips by category and reason and leaves out format mismatches', () => {
    expect(
      summarizeSkipped([
        { checkId: 'content.a', reason: 'no-text' },
        { checkId: 'content.b', reason: 'no-text' },
        { checkId: 'dates.c', reason: 'no-text' },
        { checkId: 'layout.d', reason: 'format-not-applicable:txt' },
      ]),
    ).toEqual([
      '2 content checks skipped: no readable text',
      '1 dates check skipped: no readable text',
    ]);
  });
});
