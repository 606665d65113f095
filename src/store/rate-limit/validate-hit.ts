/** Both rate-limit stores reject nonsense limits the same way; these are programmer errors. */
export function validateHit(limit: number, windowMs: number): void {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`Rate limit must be a non-negative integer, got ${limit}`);
  }
  if (!Number.isInteger(windowMs) || windowMs <= 0) {
    throw new RangeError(`Rate-limit window must be a positive integer of ms, got ${windowMs}`);
  }
}
