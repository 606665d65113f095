/**
 * Reads one uploaded file into a single buffer of exactly its length, hashing it chunk by chunk as
 * it arrives, so the SHA-256 costs no separate pass over the bytes on the event loop. The buffer
 * is the file and nothing else: the worker pool moves it whole to a parse thread (no copy), and
 * pdf.js there takes it as it is (another copy saved).
 *
 * Small uploads (the common case, a resume of some hundred kilobytes) keep the arriving chunks and
 * copy them into a plain buffer when the bytes are first read: that costs microseconds, where
 * reserving and resizing address space costs system calls on every request and page unmapping
 * (with TLB shootdowns across cores) when the buffer is collected. An upload answered from the
 * cache needs only the hash and never joins its chunks.
 *
 * Large uploads go into a resizable ArrayBuffer instead: address space for the request's declared
 * length is reserved up front and memory is committed only as bytes are written, so the bytes are
 * held once rather than twice at the end (what collecting and concatenating would do), and the
 * buffer is unmapped as whole pages rather than left in the allocator's free lists. A body longer
 * than its declared length (or without one) moves to a larger reservation.
 */
import { createHash, type Hash } from 'node:crypto';
import type { Readable } from 'node:stream';

/** Uploads declared at most this long take the small path. */
export const SMALL_UPLOAD_BYTES = 1024 * 1024;
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
  readonly bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`. */
  readonly sha256: string;
}

/** `sizeHint` is the request's declared length (0 when unknown), an upper bound on the file. */
export async function readFileStream(stream: Readable, sizeHint: number): Promise<ReadFile> {
  const hash = createHash('sha256');
  if (sizeHint > 0 && sizeHint <= SMALL_UPLOAD_BYTES) {
    const chunks: Buffer[] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      hash.update(chunk);
    }
    let bytes: Uint8Array | undefined;
    return {
      sha256: hash.digest('hex'),
      get bytes() {
        bytes ??= join(chunks);
        return bytes;
      },
    };
  }
  const bytes = await readLarge(stream, hash, sizeHint);
  return { bytes, sha256: hash.digest('hex') };
}

function join(chunks: readonly Buffer[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

async function readLarge(stream: Readable, hash: Hash, sizeHint: number): Promise<Uint8Array> {
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
  return new Uint8Array(buffer);
}
