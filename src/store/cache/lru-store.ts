/**
 * A least-recently-used map bounded by entry count and by approximate bytes. A Map iterates in
 * insertion order, so re-inserting on every read keeps the least recently used entry first and
 * eviction is O(1) per entry. Written here rather than taken from lru-cache, whose BlueOak
 * licence is outside the allowed production licences (test/licenses.test.ts).
 */
export interface LruLimits {
  maxEntries: number;
  maxBytes: number;
}

interface Slot<V> {
  value: V;
  bytes: number;
}

export class LruStore<V> {
  readonly #slots = new Map<string, Slot<V>>();
  readonly #limits: LruLimits;
  #bytes = 0;

  constructor(limits: LruLimits) {
    if (!(limits.maxEntries >= 1) || !(limits.maxBytes >= 1)) {
      throw new RangeError('LRU limits must be at least 1 entry and 1 byte');
    }
    this.#limits = limits;
  }

  get size(): number {
    return this.#slots.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  /** Reads a value and marks it most recently used. */
  get(key: string): V | undefined {
    const slot = this.#slots.get(key);
    if (slot === undefined) return undefined;
    this.#slots.delete(key);
    this.#slots.set(key, slot);
    return slot.value;
  }

  /** Stores a value; false when it alone exceeds the byte budget and so was not kept. */
  set(key: string, value: V, bytes: number): boolean {
    this.delete(key);
    if (bytes > this.#limits.maxBytes) return false;
    this.#slots.set(key, { value, bytes });
    this.#bytes += bytes;
    this.#evict();
    return true;
  }

  delete(key: string): void {
    const slot = this.#slots.get(key);
    if (slot === undefined) return;
    this.#slots.delete(key);
    this.#bytes -= slot.bytes;
  }

  clear(): void {
    this.#slots.clear();
    this.#bytes = 0;
  }

  #evict(): void {
    while (this.#slots.size > this.#limits.maxEntries || this.#bytes > this.#limits.maxBytes) {
      const oldest = this.#slots.keys().next();
      if (oldest.done === true) return;
      this.delete(oldest.value);
    }
  }
}
