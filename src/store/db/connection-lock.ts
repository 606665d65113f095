/**
 * A FIFO lock around PGlite's single connection. Kysely runs a transaction as several queries on
 * one acquired connection; without this, a concurrent query from another request could land inside
 * someone else's BEGIN...COMMIT.
 */
export class ConnectionLock {
  #tail: Promise<void> = Promise.resolve();

  /** Resolves with a release function once every earlier holder has released. */
  async acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.#tail;
    this.#tail = previous.then(() => held);
    await previous;
    let isReleased = false;
    return () => {
      // Releasing twice must not let a later waiter run early.
      if (isReleased) return;
      isReleased = true;
      release();
    };
  }
}
