/**
 * Parse threads yield the CPU to the event loop. On a small machine the parse threads would
 * otherwise take every core, and the thread that answers /health, cached uploads and every other
 * request would wait for a time slice behind them. Linux gives each thread its own nice value:
 * setpriority() on the thread's id (read from /proc/thread-self) lowers this thread alone, not the
 * process. Other platforms keep the default priority.
 */
import { access, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Lowers the calling thread's priority to `nice` (1-19); true when it took effect. */
export function lowerThreadPriority(nice: number): boolean {
  if (!(nice > 0) || process.platform !== 'linux') return false;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, Math.min(19, Math.round(nice)));
    return true;
  } catch {
    // No /proc (a locked-down container): parsing still works, only without the lower priority.
    return false;
  }
}

/**
 * libuv's thread pool (file system, zlib and crypto work) starts on its first use, and a new
 * thread inherits its creator's nice value: started by a lowered parse thread, the pool would run
 * the event loop's file reads at parse priority too. Call this on the main thread before the
 * parse threads start, so the pool is created at the process's own priority.
 */
export function startThreadPoolHere(): void {
  access('.', () => undefined);
}
