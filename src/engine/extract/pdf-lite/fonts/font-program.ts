/**
 * An embedded font program, decoded only as far as it is read. The text layer needs a few bytes
 * of it (the sfnt table directory and head/hhea, a Type1 cleartext header), while inflating whole
 * programs with fflate was most of the cost of loading fonts. Plain Flate streams are inflated
 * incrementally; anything else, and everything when the host lends a native inflater, goes through
 * the document's decoder.
 */
import { Inflate } from 'fflate';
import { isDict, type PdfResolver, type PdfStream } from '../objects.js';

/** Prefixes past this are read through the document's decoder, which enforces its budget. */
const MAX_PREFIX = 1 << 20;
/**
 * Bytes a document's programs may inflate here in total: this path bypasses the document's decode
 * budget, so it gets its own, and past it every read goes through the document's decoder.
 */
const PREFIX_BUDGET = 16 << 20;
/** Small steps bound the overshoot past what is needed (DEFLATE expands at most ~1032:1). */
const INPUT_STEP = 1024;

const budgets = new WeakMap<PdfResolver, { remaining: number }>();

function budgetOf(resolver: PdfResolver): { remaining: number } {
  let budget = budgets.get(resolver);
  if (!budget) {
    budget = { remaining: PREFIX_BUDGET };
    budgets.set(resolver, budget);
  }
  return budget;
}

function isPlainFlate(resolver: PdfResolver, stream: PdfStream): boolean {
  const filter = resolver.resolve(stream.dict.get('Filter'));
  const name = Array.isArray(filter) && filter.length === 1 ? resolver.resolve(filter[0]) : filter;
  if (name !== 'FlateDecode') return false;
  const rawParams = resolver.resolve(stream.dict.get('DecodeParms'));
  const params = Array.isArray(rawParams) ? resolver.resolve(rawParams[0]) : rawParams;
  if (!isDict(params)) return params === null;
  const predictor = resolver.resolve(params.get('Predictor'));
  return predictor === null || predictor === 1;
}

export class FontProgram {
  private whole: Uint8Array | undefined;
  private inflater: Inflate | undefined;
  private chunks: Uint8Array[] = [];
  private size = 0;
  private input = 0;
  private readonly raw: Uint8Array;
  private readonly flate: boolean;
  private joined: Uint8Array | undefined;

  constructor(
    private readonly resolver: PdfResolver,
    private readonly stream: PdfStream,
  ) {
    this.flate = isPlainFlate(resolver, stream);
    const data = stream.raw;
    const cmf = data[0] ?? 0;
    const flg = data[1] ?? 0;
    const hasHeader = (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
    this.raw = hasHeader ? data.subarray(2) : data;
  }

  /** The whole decoded program. */
  all(): Uint8Array {
    this.whole ??= this.resolver.decode(this.stream);
    return this.whole;
  }

  /** At least the first `length` bytes (fewer only when the program is shorter). */
  prefix(length: number): Uint8Array {
    if (this.whole) return this.whole;
    if (!this.flate || length > MAX_PREFIX || this.resolver.inflatesNatively) return this.all();
    if (this.size < length && this.input < this.raw.length) {
      const budget = budgetOf(this.resolver);
      if (budget.remaining <= 0) return this.all();
      this.inflater ??= new Inflate((chunk) => {
        this.size += chunk.length;
        budget.remaining -= chunk.length;
        if (chunk.length > 0) this.chunks.push(chunk);
      });
      try {
        while (this.size < length && this.input < this.raw.length && budget.remaining > 0) {
          const end = Math.min(this.raw.length, this.input + INPUT_STEP);
          this.inflater.push(this.raw.subarray(this.input, end), end === this.raw.length);
          this.input = end;
        }
      } catch {
        // A damaged stream: the document's decoder decides what pdf.js would make of it.
        return this.all();
      }
      this.joined = undefined;
    }
    if (!this.joined) {
      const out = new Uint8Array(this.size);
      let at = 0;
      for (const chunk of this.chunks) {
        out.set(chunk, at);
        at += chunk.length;
      }
      this.chunks = out.length > 0 ? [out] : [];
      this.joined = out;
    }
    // Short with input left (the budget ran out) or past the cap (a bomb overshoots by one input
    // step at most): the document's decoder, which charges its own budget, takes over.
    const short = this.joined.length < length && this.input < this.raw.length;
    return short || this.joined.length > MAX_PREFIX ? this.all() : this.joined;
  }
}
