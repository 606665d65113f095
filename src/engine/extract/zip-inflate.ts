/**
 * Bounded raw-DEFLATE inflation and CRC-32 for the ZIP reader. Declared sizes in a ZIP are
 * attacker-controlled, so the real output is counted while it is produced and inflation stops as
 * soon as it passes the cap.
 */
import { Inflate } from 'fflate';
import { EngineError } from '../errors.js';
import type { Budget } from '../options.js';

/**
 * DEFLATE expands at most about 1032:1, so feeding 8 KiB of input per step bounds the output of
 * one step to roughly 8 MiB past the cap before the check below fires.
 */
const INPUT_CHUNK = 8 * 1024;

export interface InflateBounds {
  /** Most bytes the caller accepts (the declared size, already checked against the limits). */
  maxBytes: number;
  entryName: string;
  budget?: Budget;
}

export function inflateBounded(compressed: Uint8Array, bounds: InflateBounds): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > bounds.maxBytes) {
      throw new EngineError('ARCHIVE_LIMIT_EXCEEDED', {
        reason: 'entry-larger-than-declared',
        entry: bounds.entryName,
        maxBytes: bounds.maxBytes,
      });
    }
    if (chunk.length > 0) chunks.push(chunk);
  });
  try {
    for (let offset = 0; offset < compressed.length; offset += INPUT_CHUNK) {
      bounds.budget?.check();
      const end = Math.min(offset + INPUT_CHUNK, compressed.length);
      inflater.push(compressed.subarray(offset, end), end === compressed.length);
    }
    if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof EngineError) throw error;
    throw new EngineError(
      'DOCX_CORRUPT',
      { reason: 'inflate-failed', entry: bounds.entryName },
      { cause: error },
    );
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

let crcTable: Uint32Array | undefined;

function getCrcTable(): Uint32Array {
  if (crcTable) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}

/** CRC-32 (IEEE 802.3), as stored in ZIP headers. */
export function crc32(data: Uint8Array): number {
  const table = getCrcTable();
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
