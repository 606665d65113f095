import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../src/ai/resilience/index.js';

const now = Date.parse('2026-05-01T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    [{ header: '2' }, 2_000],
    [{ header: '0.25' }, 250],
    [{ header: 'Fri, 01 May 2026 12:00:05 GMT' }, 5_000],
    [{ header: 'Fri, 01 May 2026 11:00:00 GMT' }, 0],
    [{ msHeader: '1500', header: '9' }, 1_500],
    [{ header: 'soon' }, undefined],
    [{}, undefined],
    [undefined, undefined],
  ])('%j -> %s ms', (retryAfter, expected) => {
    expect(parseRetryAfter(retryAfter, now)).toBe(expected);
  });
});
