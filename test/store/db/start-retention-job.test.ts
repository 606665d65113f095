import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRetentionJob } from '../../../src/store/db/index.js';

function fakeRepository(purge: (now: Date) => Promise<number>) {
  return { analyses: { purgeExpired: vi.fn(purge) } };
}

describe('startRetentionJob', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('purges at start and on every interval with the injected clock', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const db = fakeRepository(async () => 3);
    const onPurged = vi.fn();
    const stop = startRetentionJob(db, { intervalMs: 60_000, now: () => now, onPurged });

    await vi.advanceTimersByTimeAsync(0);
    expect(db.analyses.purgeExpired).toHaveBeenCalledTimes(1);
    expect(db.analyses.purgeExpired).toHaveBeenLastCalledWith(now);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(db.analyses.purgeExpired).toHaveBeenCalledTimes(3);
    expect(onPurged).toHaveBeenCalledWith(3);

    await stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(db.analyses.purgeExpired).toHaveBeenCalledTimes(3);
  });

  it('stays quiet when nothing was purged', async () => {
    const onPurged = vi.fn();
    const stop = startRetentionJob(
      fakeRepository(async () => 0),
      {
        intervalMs: 1_000,
        now: () => new Date(),
        onPurged,
      },
    );
    await vi.advanceTimersByTimeAsync(5_000);
    await stop();
    expect(onPurged).not.toHaveBeenCalled();
  });

  it('never overlaps a slow purge, and stop waits for the one in progress', async () => {
    let finish!: (count: number) => void;
    const db = fakeRepository(() => new Promise<number>((resolve) => (finish = resolve)));
    const onPurged = vi.fn();
    const stop = startRetentionJob(db, { intervalMs: 1_000, now: () => new Date(), onPurged });

    await vi.advanceTimersByTimeAsync(10_000);
    expect(db.analyses.purgeExpired).toHaveBeenCalledTimes(1);

    const stopped = stop();
    finish(2);
    await stopped;
    expect(onPurged).toHaveBeenCalledWith(2);
  });

  it('reports a failed purge and tries again at the next tick', async () => {
    const failure = new Error('database down');
    const db = fakeRepository(async () => {
      throw failure;
    });
    const onError = vi.fn();
    const stop = startRetentionJob(db, { intervalMs: 1_000, now: () => new Date(), onError });
    await vi.advanceTimersByTimeAsync(1_000);
    await stop();
    expect(onError).toHaveBeenCalledWith(failure);
    expect(db.analyses.purgeExpired).toHaveBeenCalledTimes(2);
  });

  it('does not keep the process alive', () => {
    const setInterval = vi.spyOn(globalThis, 'setInterval');
    const stop = startRetentionJob(
      fakeRepository(async () => 0),
      {
        intervalMs: 1_000,
        now: () => new Date(),
      },
    );
    const timer = setInterval.mock.results[0]?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    void stop();
  });

  it('rejects an interval that is not a positive number', () => {
    const db = fakeRepository(async () => 0);
    for (const intervalMs of [0, -1, Number.NaN]) {
      expect(() => startRetentionJob(db, { intervalMs, now: () => new Date() })).toThrow(
        RangeError,
      );
    }
  });
});
