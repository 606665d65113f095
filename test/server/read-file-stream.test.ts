/** One upload into one buffer of exactly its length, hashed on the way in. */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { SMALL_UPLOAD_BYTES, readFileStream } from '../../src/server/plugins/read-file-stream.js';

const file = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 31) % 251);
const bigFile = Uint8Array.from({ length: SMALL_UPLOAD_BYTES + 200_000 }, (_, i) => (i * 7) % 253);

function chunked(bytes: Uint8Array, size: number): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size)
    chunks.push(Buffer.from(bytes.subarray(at, at + size)));
  return Readable.from(chunks);
}

describe('readFileStream', () => {
  it.each([
    ['a small file, a declared length with form overhead', file, file.length + 400],
    ['a small file, no declared length', file, 0],
    ['a small file, a declared length too short', file, 1_000],
    ['a large file, a declared length with form overhead', bigFile, bigFile.length + 400],
    ['a large file, no declared length', bigFile, 0],
    ['a large file, a declared length too short', bigFile, SMALL_UPLOAD_BYTES + 1],
  ])('reads into a whole buffer of its own length: %s', async (_, bytes, hint) => {
    const read = await readFileStream(chunked(bytes, 64 * 1024 - 7), hint);
    expect(read.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(Buffer.compare(read.bytes, bytes)).toBe(0);
    // The whole buffer is the file: the pool moves it to a worker, pdf.js takes it uncopied.
    expect(read.bytes.byteOffset).toBe(0);
    expect(read.bytes.buffer.byteLength).toBe(bytes.length);
  });

  it('reads a small upload into a plain buffer and a large one into a resizable one', async () => {
    const small = await readFileStream(chunked(file, 16 * 1024), file.length + 400);
    const large = await readFileStream(chunked(bigFile, 64 * 1024), bigFile.length + 400);
    const isResizable = (bytes: Uint8Array) =>
      (bytes.buffer as ArrayBuffer & { resizable: boolean }).resizable;
    expect(isResizable(small.bytes)).toBe(false);
    expect(isResizable(large.bytes)).toBe(true);
  });

  it('hands out one buffer however often its bytes are read, so a move detaches it', async () => {
    const read = await readFileStream(chunked(file, 16 * 1024), file.length + 400);
    expect(read.bytes).toBe(read.bytes);
    structuredClone(read.bytes, { transfer: [read.bytes.buffer as ArrayBuffer] });
    expect(read.bytes.byteLength).toBe(0);
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
    const unknownLength = await readFileStream(Readable.from([]), 0);
    expect(unknownLength.bytes.byteLength).toBe(0);
  });
});
