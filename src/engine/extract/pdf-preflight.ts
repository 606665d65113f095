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

function findStreams(bytes: Uint8Array): RawStream[] {
  const text = latin1.decode(bytes);
  const streams: RawStream[] = [];
  const keyword = /stream\r?\n/g;
  for (let match = keyword.exec(text); match; match = keyword.exec(text)) {
    const start = match.index;
    if (text.startsWith('end', start - 3)) continue;
    const dictStart = Math.max(0, start - DICT_LOOKBACK);
    const head = text.slice(dictStart, start);
    const dictOpen = head.lastIndexOf('<<');
    if (dictOpen < 0 || !/>>\s*$/.test(head)) continue;
    const dict = head.slice(dictOpen);
    const dataStart = start + match[0].length;
    const end = text.indexOf('endstream', dataStart);
    const dataEnd = end < 0 ? text.length : end;
    streams.push({ filters: readFilters(dict), data: bytes.subarray(dataStart, dataEnd) });
    keyword.lastIndex = dataEnd;
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
