import { describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../../src/store/db/group-commit.js';

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('createGroupCommit', () => {
  it('writes at once when idle and groups what arrives during a write', async () => {
    const batches: number[][] = [];
    const gate = deferred();
    const commit = createGroupCommit<number>(async (items) => {
      batches.push(items);
      if (batches.length === 1) await gate.promise;
      return items.map(() => ({ status: 'fulfilled', value: undefined }));
    });
    const first = commit(1);
    const rest = [2, 3, 4].map((n) => commit(n));
    expect(batches).toEqual([[1]]);
    gate.release();
    await Promise.all([first, ...rest]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('settles each item by its own outcome, and all of a batch when the write throws', async () => {
    let calls = 0;
    const commit = createGroupCommit<string>(async (items) => {
      calls += 1;
      if (items.includes('boom')) throw new Error('write failed');
      return items.map((item) =>
        item === 'bad'
          ? { status: 'rejected', reason: new Error(`rejected ${item}`) }
          : { status: 'fulfilled', value: undefined },
      );
    });
    const outcomes = await Promise.allSettled([commit('a'), commit('bad'), commit('c')]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    await expect(commit('boom')).rejects.toThrow('write failed');
    await expect(commit('after')).resolves.toBeUndefined();
    expect(calls).toBe(4);
  });

  it('caps a batch at maxBatch items', async () => {
    const sizes: number[] = [];
    const gate = deferred();
    const commit = createGroupCommit<number>(async (items) => {
      sizes.push(items.length);
      if (sizes.length === 1) await gate.promise;
      return items.map(() => ({ status: 'fulfilled', value: undefined }));
    }, 3);
    const all = Array.from({ length: 8 }, (_, i) => commit(i));
    gate.release();
    await Promise.all(all);
    expect(sizes).toEqual([1, 3, 3, 1]);
  });
});
