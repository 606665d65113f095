/**
 * A bound on upload bytes held in memory at once. Admission (src/worker/admission.ts) lets up to
 * WORKERS + QUEUE_MAX requests in, and each may carry 10 MiB; reading them all at once would hold
 * hundreds of megabytes that the two parse threads cannot use yet. A request reserves its declared
 * size before reading its body; past the budget it waits without reading, so TCP flow control
 * keeps the bytes in the client and the kernel rather than in this process.
 */
export interface ByteBudget {
  /** Resolves once `bytes` (capped at the whole budget) are reserved; call the release once. */
  reserve(bytes: number): Promise<() => void>;
  /** Bytes reserved now (for tests and metrics). */
  reserved(): number;
}

export function createByteBudget(maxBytes: number): ByteBudget {
  let reserved = 0;
  const waiters: Array<{ bytes: number; wake: () => void }> = [];

  const grantWaiting = () => {
    // FIFO: a large upload at the head is not starved by small ones behind it.
    while (waiters.length > 0 && reserved + waiters[0]!.bytes <= maxBytes) {
      const next = waiters.shift()!;
      reserved += next.bytes;
      next.wake();
    }
  };

  return {
    async reserve(requested) {
      const bytes = Math.min(Math.max(0, requested), maxBytes);
      if (waiters.length === 0 && reserved + bytes <= maxBytes) {
        reserved += bytes;
      } else {
        await new Promise<void>((wake) => waiters.push({ bytes, wake }));
      }
      let isReleased = false;
      return () => {
        if (isReleased) return;
        isReleased = true;
        reserved -= bytes;
        grantWaiting();
      };
    },
    reserved: () => reserved,
  };
}
