/**
 * A decompression-bomb check that runs before pdf.js sees the file. pdf.js inflates a stream in
 * one synchronous call, so a small PDF whose streams expand to gigabytes would block the thread
 * and exhaust memory long before the time budget could be checked between pages. FlateDecode
 * expands at most about 1032:1, so most streams are provably small from their compressed length
 * alone; only the rest are inflated here, into a counter, with a cap.
 */
import { Inflate } from 'fflate';
import { EngineError } from '../errors.js';
import type { Budget } from '../options.js';

export interface PreflightLimits {
  /** Most bytes one stream may decode to. */
  maxStreamBytes: number;
  /** Most bytes all streams together may decode to. */
  maxTotalBytes: number;
}

export const PDF_PREFLIGHT_LIMITS: PreflightLimits = {
  maxStreamBytes: 96 * 1024 * 1024,
  maxTotalBytes: 384 * 1024 * 1024,
};

const FLATE_MAX_RATIO = 1032;
const INPUT_CHUNK = 16 * 1024;
const DICT_LOOKBACK = 4096;

interface RawStream {
  filters: string[];
  data: Uint8Array;
}

const latin1 = new TextDecoder('latin1');
const STREAM = asciiBytes('stream');
const END_STREAM = asciiBytes('endstream');
const END = asciiBytes('end');
const CR = 0x0d;
const LF = 0x0a;
const LT = 0x3c;
const GT = 0x3e;
/** PDF white-space characters (PDF 32000-1:2008, 7.2.2). */
const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

function startsWithAt(bytes: Uint8Array, pattern: Uint8Array, at: number): boolean {
  if (at < 0 || at + pattern.length > bytes.length) return false;
  for (let i = 0; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) return false;
  return true;
}

/** First index of `pattern` in `bytes` at or after `from`, or -1; the first byte is found natively. */
function indexOfBytes(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  const first = pattern[0]!;
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (startsWithAt(bytes, pattern, at)) return at;
  }
  return -1;
}

/** Length of the end-of-line after a `stream` keyword at `at` (CRLF or LF), or 0 if none. */
function streamEolLength(bytes: Uint8Array, at: number): number {
  if (bytes[at] === LF) return 1;
  return bytes[at] === CR && bytes[at + 1] === LF ? 2 : 0;
}

/** Whether the bytes before `end` close a dictionary: `>>` followed only by whitespace. */
function endsWithDictClose(bytes: Uint8Array, from: number, end: number): boolean {
  let at = end - 1;
  while (at >= from && WHITESPACE.has(bytes[at]!)) at--;
  return at - 1 >= from && bytes[at] === GT && bytes[at - 1] === GT;
}

/** Index of the last `<<` in bytes[from, end), or -1; candidates are found natively. */
function lastDictOpen(bytes: Uint8Array, from: number, end: number): number {
  for (let at = bytes.lastIndexOf(LT, end - 1); at > from; at = bytes.lastIndexOf(LT, at - 1)) {
    if (bytes[at - 1] === LT) return at - 1;
  }
  return -1;
}

/**
 * Finds `stream` ... `endstream` pairs by scanning the bytes: decoding the whole file to a string
 * would hold another copy of it (twice its size when a byte decodes to a two-byte character), and
 * a 10 MiB upload is mostly padding or image data. Only each stream's dictionary is decoded,
 * found within the few kilobytes before its keyword.
 */
function findStreams(bytes: Uint8Array): RawStream[] {
  const streams: RawStream[] = [];
  let at = 0;
  while ((at = indexOfBytes(bytes, STREAM, at)) >= 0) {
    const start = at;
    const eol = streamEolLength(bytes, start + STREAM.length);
    if (eol === 0) {
      at = start + 1;
      continue;
    }
    at = start + STREAM.length + eol;
    if (startsWithAt(bytes, END, start - END.length)) continue;
    const from = Math.max(0, start - DICT_LOOKBACK);
    const dictOpen = lastDictOpen(bytes, from, start);
    if (dictOpen < 0 || !endsWithDictClose(bytes, from, start)) continue;
    const end = indexOfBytes(bytes, END_STREAM, at);
    const dataEnd = end < 0 ? bytes.length : end;
    const dict = latin1.decode(bytes.subarray(dictOpen, start));
    streams.push({ filters: readFilters(dict), data: bytes.subarray(at, dataEnd) });
    at = dataEnd;
  }
  return streams;
}

function readFilters(dict: string): string[] {
  const match = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict);
  if (!match?.[1]) return [];
  return [...match[1].matchAll(/\/([A-Za-z0-9]+)/g)].map((m) => m[1] ?? '');
}

const isFlate = (filter: string) => filter === 'FlateDecode' || filter === 'Fl';

/** PDF's FlateDecode is zlib-wrapped: a two-byte header (RFC 1950) before the raw DEFLATE data. */
function stripZlibHeader(data: Uint8Array): Uint8Array {
  const [cmf = 0, flg = 0] = data;
  const isZlib = (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
  return isZlib ? data.subarray(2) : data;
}

/** Inflates with a cap; returns the output when `keep`, else only its length. */
function inflateCapped(
  input: Uint8Array,
  cap: number,
  keep: boolean,
  budget?: Budget,
): { size: number; output?: Uint8Array } {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let overCap = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > cap) {
      overCap = true;
      throw new RangeError('inflated past the cap');
    }
    if (keep) chunks.push(chunk);
  });
  const raw = stripZlibHeader(input);
  try {
    for (let at = 0; at < raw.length; at += INPUT_CHUNK) {
      budget?.check();
      const end = Math.min(at + INPUT_CHUNK, raw.length);
      inflater.push(raw.subarray(at, end), end === raw.length);
    }
  } catch (error) {
    if (overCap) {
      throw new EngineError('ARCHIVE_LIMIT_EXCEEDED', {
        reason: 'pdf-stream-too-large',
        maxBytes: cap,
      });
    }
    if (error instanceof EngineError) throw error;
    // A damaged or encrypted stream is pdf.js's business; only a proven bomb stops us here.
  }
  if (!keep) return { size };
  const output = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    output.set(chunk, at);
    at += chunk.length;
  }
  return { size, output };
}

/** Decoded size of a chain of Flate filters, inflating only as far as needed. */
function decodedSize(stream: RawStream, cap: number, budget?: Budget): number {
  let data = stream.data;
  const chain = stream.filters.filter(isFlate);
  for (let level = 0; level < chain.length; level++) {
    const last = level === chain.length - 1;
    const result = inflateCapped(data, cap, !last, budget);
    if (last || !result.output) return result.size;
    data = result.output;
  }
  return data.length;
}

export function preflightPdf(
  bytes: Uint8Array,
  budget?: Budget,
  limits: PreflightLimits = PDF_PREFLIGHT_LIMITS,
): void {
  let provenTotal = 0;
  let boundTotal = 0;
  for (const stream of findStreams(bytes)) {
    const flateLevels = stream.filters.filter(isFlate).length;
    if (flateLevels === 0) continue;
    const bound = stream.data.length * FLATE_MAX_RATIO;
    if (
      flateLevels === 1 &&
      bound <= limits.maxStreamBytes &&
      boundTotal + bound <= limits.maxTotalBytes
    ) {
      boundTotal += bound;
      continue;
    }
    const remaining = limits.maxTotalBytes - provenTotal - boundTotal;
    const size = decodedSize(
      stream,
      Math.min(limits.maxStreamBytes, Math.max(0, remaining)),
      budget,
    );
    provenTotal += size;
  }
}
