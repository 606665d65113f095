/**
 * Fixed-window counters in this process. A window opens at a key's first hit and lasts windowMs,
 * the same semantics as the Redis store (INCR, then PEXPIRE on the first hit), so switching
 * stores never changes behaviour. Windows that have ended are swept at most once per
 * sweepIntervalMs, and maxKeys bounds memory when many distinct clients (or spoofed ones) appear.
 */
import type { RateLimitResult, RateLimitStore } from '../ports.js';
import { validateHit } from './validate-hit.js';

export interface MemoryRateLimitOptions {
  now?: () => number;
  maxKeys?: number;
  sweepIntervalMs?: number;
}

interface Window {
  count: number;
  resetAt: number;
}

const defaultMaxKeys = 100_000;
const defaultSweepIntervalMs = 60_000;

export function createMemoryRateLimitStore(options: MemoryRateLimitOptions = {}): RateLimitStore {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? defaultMaxKeys;
  const sweepIntervalMs = options.sweepIntervalMs ?? defaultSweepIntervalMs;
  const windows = new Map<string, Window>();
  let nextSweepAt = now() + sweepIntervalMs;
  let isClosed = false;

  const sweep = (at: number): void => {
    for (const [key, window] of windows) {
      if (window.resetAt <= at) windows.delete(key);
    }
    nextSweepAt = at + sweepIntervalMs;
  };

  return {
    kind: 'memory',
    async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
      validateHit(limit, windowMs);
      const at = now();
      if (at >= nextSweepAt) sweep(at);
      // The window length is part of the key: one client may be limited per minute and per day.
      const slot = `${windowMs}:${key}`;
      let window = windows.get(slot);
      if (window === undefined || window.resetAt <= at) {
        windows.delete(slot);
        // Full: drop the window opened longest ago rather than sweep per hit, which would make
        // every new client cost O(maxKeys) under a flood.
        if (windows.size >= maxKeys) windows.delete(windows.keys().next().value as string);
        window = { count: 0, resetAt: at + windowMs };
        windows.set(slot, window);
      }
      window.count += 1;
      return {
        allowed: window.count <= limit,
        limit,
        remaining: Math.max(0, limit - window.count),
        resetMs: window.resetAt - at,
      };
    },
    health: () => (isClosed ? 'down' : 'ok'),
    async close(): Promise<void> {
      isClosed = true;
      windows.clear();
    },
  };
}
