/**
 * Reads one uploaded file into a single buffer, hashing it chunk by chunk as it arrives. Compared
 * with collecting chunks and concatenating (what `part.toBuffer()` does) this holds the bytes once
 * instead of twice at the end, and the SHA-256 costs no separate pass over 10 MiB on the event
 * loop.
 *
 * The buffer is a resizable ArrayBuffer: address space for the request's declared length is
 * reserved up front and memory is committed only as bytes are written, so the file ends up in a
 * buffer of exactly its own length without a final copy. That matters downstream: the worker pool
 * moves the whole buffer to a parse thread (no copy), and pdf.js there takes a buffer that is
 * exactly the file as it is (another copy saved). Such buffers are also mapped and unmapped as
 * whole pages rather than left in the allocator's free lists. A body longer than its declared
 * length (or without one) moves to a larger reservation.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';

const MIN_CAPACITY = 64 * 1024;

/** ES2024's resizable ArrayBuffer (Node 20 has it; the project's TypeScript lib is ES2023). */
interface ResizableArrayBuffer extends ArrayBuffer {
  readonly maxByteLength: number;
  resize(byteLength: number): void;
}
const ResizableArrayBuffer = ArrayBuffer as unknown as new (
  byteLength: number,
  options: { maxByteLength: number },
) => ResizableArrayBuffer;

export interface ReadFile {
  /** The file: a view of a whole buffer owned by nobody else (safe to transfer). */
  bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
}

export async function readFileStream(stream: Readable, sizeHint: number): Promise<ReadFile> {
  const hash = createHash('sha256');
  let buffer = new ResizableArrayBuffer(0, { maxByteLength: Math.max(MIN_CAPACITY, sizeHint) });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const length = buffer.byteLength;
    const needed = length + chunk.byteLength;
    if (needed > buffer.maxByteLength) {
      const grown = new ResizableArrayBuffer(needed, {
        maxByteLength: Math.max(buffer.maxByteLength * 2, needed),
      });
      new Uint8Array(grown).set(new Uint8Array(buffer));
      buffer = grown;
    } else {
      buffer.resize(needed);
    }
    new Uint8Array(buffer, length).set(chunk);
    hash.update(chunk);
  }
  return { bytes: new Uint8Array(buffer), sha256: hash.digest('hex') };
}
