/**
 * Admission control in front of the worker threads. A request takes a ticket before its upload is
 * read, so past `capacity` it is refused at once (503) instead of buffering megabytes it cannot
 * serve. Ticket holders run at most `concurrency` at a time; the rest wait in FIFO order, so a
 * task's kill timer starts when a thread is free for it, not while it waits.
 */
export interface Ticket {
  /** Waits for a free thread slot; call `release` when the work is done. */
  acquireRun(): Promise<void>;
  release(): void;
}

export interface Admission {
  tryAdmit(): Ticket | undefined;
  /** Tickets admitted and not released. */
  admitted(): number;
  /** Tickets waiting for a run slot. */
  waiting(): number;
  running(): number;
}

export function createAdmission(options: { concurrency: number; capacity: number }): Admission {
  let admitted = 0;
  let running = 0;
  const waiters: Array<() => void> = [];

  const startNext = () => {
    while (running < options.concurrency && waiters.length > 0) {
      running += 1;
      waiters.shift()!();
    }
  };

  return {
    tryAdmit() {
      if (admitted >= options.capacity) return undefined;
      admitted += 1;
      let state: 'admitted' | 'waiting' | 'running' | 'released' = 'admitted';
      let wake: (() => void) | undefined;
      return {
        acquireRun() {
          if (state !== 'admitted') return Promise.reject(new Error(`ticket is ${state}`));
          state = 'waiting';
          return new Promise<void>((resolve) => {
            wake = () => {
              state = 'running';
              resolve();
            };
            waiters.push(wake);
            startNext();
          });
        },
        release() {
          if (state === 'released') return;
          if (state === 'running') running -= 1;
          if (state === 'waiting' && wake) waiters.splice(waiters.indexOf(wake), 1);
          state = 'released';
          admitted -= 1;
          startNext();
        },
      };
    },
    admitted: () => admitted,
    waiting: () => waiters.length,
    running: () => running,
  };
}
