/** The engine's inflate port backed by node:zlib (see src/engine/extract/inflate-port.ts). */
import { inflateRawSync } from 'node:zlib';
import type { Inflater } from '../engine/extract/inflate-port.js';

export const nodeInflater: Inflater = {
  inflateRaw(data, maxBytes) {
    // maxOutputLength makes zlib throw instead of decoding past the caller's budget.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
    // A plain view, not a Buffer: Buffer's slice() shares memory where Uint8Array's copies.
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
};
