/**
 * Stream filters of the lite reader (PDF 32000-1:2008, 7.4): Flate (with PNG/TIFF predictors),
 * LZW, ASCIIHex, ASCII85 and RunLength. Image-only codecs are refused: text extraction never
 * decodes an image. Every decoded byte is charged to a per-document budget, so a decompression
 * bomb stops the lite reader (and the caller falls back to pdf.js, which has its own limits).
 *
 * Inflation uses the host's native inflater when it lends one (node:zlib), else fflate: the engine
 * also runs in the browser.
 */
import { Inflate, inflateSync } from 'fflate';
import type { Inflater } from '../inflate-port.js';
import { ascii85, asciiHex, lzw, runLength } from './codecs.js';
import { PdfUnsupported, isDict, type PdfValue } from './objects.js';
import { numberParam, unpredict } from './predictors.js';

/** Decoded bytes one document may produce in total. */
export const DEFAULT_DECODE_BUDGET = 64 * 1024 * 1024;

/** A document's decoding state: the bytes it may still decode, and the host's inflater. */
export class DecodeBudget {
  constructor(
    public remaining = DEFAULT_DECODE_BUDGET,
    readonly inflater?: Inflater,
  ) {}

  charge(bytes: number): void {
    this.remaining -= bytes;
    if (this.remaining < 0) throw new PdfUnsupported('decoded data exceeds the budget');
  }
}

/** DEFLATE expands at most ~1032:1: 8 KiB of input per step bounds the overshoot past the cap. */
const INPUT_CHUNK = 8 * 1024;
const MAX_RATIO = 1032;
/**
 * fflate keeps 128 KiB of headroom past its output, growing (and zero-filling) its buffer as it
 * goes; inflating into one reused buffer and copying the result out measured 1.7x faster.
 */
const SCRATCH_SIZE = 1 << 20;
let scratch: Uint8Array | undefined;

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function inflate(data: Uint8Array, budget: DecodeBudget): Uint8Array {
  const cmf = data[0] ?? 0;
  const flg = data[1] ?? 0;
  // The zlib wrapper (RFC 1950) is optional in practice; its Adler-32 is ignored like pdf.js does.
  const hasHeader = (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
  const raw = hasHeader ? data.subarray(2) : data;
  if (budget.inflater) {
    let out: Uint8Array;
    try {
      out = budget.inflater.inflateRaw(raw, Math.max(0, budget.remaining));
    } catch {
      // Damaged, or past the budget: either way pdf.js decides what to make of it.
      throw new PdfUnsupported('damaged or oversized Flate stream');
    }
    budget.charge(out.length);
    return out;
  }
  if (raw.length * MAX_RATIO <= budget.remaining) {
    // Provably within the budget: one call, several times faster than streaming.
    scratch ??= new Uint8Array(SCRATCH_SIZE);
    let out: Uint8Array;
    try {
      out = inflateSync(raw, { out: scratch });
    } catch {
      throw new PdfUnsupported('damaged Flate stream');
    }
    budget.charge(out.length);
    // fflate moves to a buffer of its own when the output outgrows the scratch one.
    return out.buffer === scratch.buffer ? out.slice() : out;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    budget.charge(chunk.length);
    if (chunk.length > 0) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < raw.length; at += INPUT_CHUNK) {
      inflater.push(raw.subarray(at, Math.min(raw.length, at + INPUT_CHUNK)), false);
    }
    inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof PdfUnsupported) throw error;
    // pdf.js keeps what inflated before the damage; fflate cannot hand that back, so defer to it.
    throw new PdfUnsupported('damaged Flate stream');
  }
  return concat(chunks, size);
}

const IMAGE_FILTERS = new Set([
  'DCTDecode',
  'DCT',
  'JPXDecode',
  'CCITTFaxDecode',
  'CCF',
  'JBIG2Decode',
]);

/**
 * Applies a stream's filter chain. `filter` and `parms` are the dictionary's resolved /Filter
 * and /DecodeParms (a name or array, a dictionary or array).
 */
export function applyFilters(
  data: Uint8Array,
  filter: PdfValue | undefined,
  parms: PdfValue | undefined,
  budget: DecodeBudget,
  resolve: (value: PdfValue | undefined) => PdfValue = (value) => value ?? null,
): Uint8Array {
  const filters = Array.isArray(filter) ? filter : filter == null ? [] : [filter];
  if (filters.length > 8) throw new PdfUnsupported('too many filters');
  let out = data;
  if (data.length === 0) return data;
  for (let i = 0; i < filters.length; i++) {
    const name = resolve(filters[i]);
    // Like pdf.js: a filter array takes its parameters from an array only.
    const single = !Array.isArray(filter);
    const rawParms = resolve(Array.isArray(parms) ? parms[i] : single ? parms : undefined);
    const p = isDict(rawParms) ? rawParms : undefined;
    if (typeof name !== 'string') throw new PdfUnsupported('bad filter');
    switch (name) {
      case 'FlateDecode':
      case 'Fl':
        out = unpredict(inflate(out, budget), p);
        break;
      case 'LZWDecode':
      case 'LZW':
        out = unpredict(lzw(out, numberParam(p, 'EarlyChange', 1), budget), p);
        break;
      case 'ASCIIHexDecode':
      case 'AHx':
        out = asciiHex(out);
        break;
      case 'ASCII85Decode':
      case 'A85':
        out = ascii85(out);
        break;
      case 'RunLengthDecode':
      case 'RL':
        out = runLength(out, budget);
        break;
      default:
        throw new PdfUnsupported(
          IMAGE_FILTERS.has(name) ? `image filter ${name}` : `unknown filter ${name}`,
        );
    }
    if (name !== 'FlateDecode' && name !== 'Fl') budget.charge(out.length);
  }
  return out;
}
