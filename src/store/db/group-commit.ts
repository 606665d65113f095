/**
 * Group commit: while one write is in flight, later items queue and go together in the next one.
 * An idle service writes each item at once (no added latency); a busy one spreads the database's
 * per-statement cost over the batch (embedded PGlite, measured: 0.61 ms of CPU per single-row
 * insert, 0.15 ms per row in batches of 4, 0.07 ms in batches of 16).
 */
export type BatchWrite<T> = (items: T[]) => Promise<Array<PromiseSettledResult<void>>>;

export function createGroupCommit<T>(
  write: BatchWrite<T>,
  maxBatch = 64,
): (item: T) => Promise<void> {
  const queue: Array<{ item: T; resolve: () => void; reject: (reason: unknown) => void }> = [];
  let isWriting = false;

  const drain = async () => {
    isWriting = true;
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      let outcomes: Array<PromiseSettledResult<void>>;
      try {
        outcomes = await write(batch.map((entry) => entry.item));
      } catch (error) {
        outcomes = batch.map(() => ({ status: 'rejected', reason: error }));
      }
      batch.forEach((entry, i) => {
        const outcome = outcomes[i];
        if (outcome?.status === 'fulfilled') entry.resolve();
        else entry.reject(outcome ? outcome.reason : new Error('batch write lost an item'));
      });
    }
    isWriting = false;
  };

  return (item) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!isWriting) void drain();
    });
}
