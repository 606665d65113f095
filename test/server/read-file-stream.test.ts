/** One upload into one buffer of exactly its length, hashed on the way in. */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { readFileStream } from '../../src/server/plugins/read-file-stream.js';

const file = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 31) % 251);
const sha256 = createHash('sha256').update(file).digest('hex');

function chunked(bytes: Uint8Array, size: number): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size)
    chunks.push(Buffer.from(bytes.subarray(at, at + size)));
  return Readable.from(chunks);
}

describe('readFileStream', () => {
  it.each([
    ['a declared length with form overhead', file.length + 400],
    ['no declared length', 0],
    ['a declared length too short', 1_000],
  ])('reads a file into a whole buffer of its own length with %s', async (_, hint) => {
    const read = await readFileStream(chunked(file, 64 * 1024 - 7), hint);
    expect(read.sha256).toBe(sha256);
    expect(Buffer.compare(read.bytes, file)).toBe(0);
    // The whole buffer is the file: the pool moves it to a worker, pdf.js takes it uncopied.
    expect(read.bytes.byteOffset).toBe(0);
    expect(read.bytes.buffer.byteLength).toBe(file.length);
  });

  it('moves the buffer to a worker thread intact', async () => {
    const { bytes } = await readFileStream(chunked(file, 16 * 1024), file.length + 400);
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<Uint8Array>((resolve) => {
      port2.once('message', resolve);
    });
    port1.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
    const moved = await received;
    port1.close();
    expect(bytes.byteLength).toBe(0);
    expect(Buffer.compare(moved, file)).toBe(0);
  });

  it('reads an empty file', async () => {
    const read = await readFileStream(Readable.from([]), 1_000);
    expect(read.bytes.byteLength).toBe(0);
    expect(read.sha256).toBe(createHash('sha256').digest('hex'));
  });
});
