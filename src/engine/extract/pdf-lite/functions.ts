/**
 * PDF functions (PDF 32000-1:2008, 7.10) as far as colour tint transforms need them: sampled
 * (type 0), exponential (type 2), stitching (type 3) and PostScript calculator (type 4, as spot
 * colours from design tools use). The arithmetic follows pdf.js's PDFFunction so the colours (and
 * white-text decisions) come out the same.
 */
import { isDict, PdfStream, PdfUnsupported, type PdfResolver, type PdfValue } from './objects.js';
import { postScriptFunction } from './postscript-function.js';

/** Reads `src[srcOffset..]`, writes the outputs to `dest[destOffset..]`. */
export type PdfFunction = (
  src: ArrayLike<number>,
  srcOffset: number,
  dest: Float32Array,
  destOffset: number,
) => void;

const MAX_DEPTH = 4;
const MAX_SAMPLES = 1 << 20;

function numbers(resolver: PdfResolver, value: PdfValue | undefined): number[] | null {
  const array = resolver.resolve(value);
  if (!Array.isArray(array)) return null;
  return array.map((item) => {
    const n = resolver.resolve(item);
    return typeof n === 'number' ? n : Number.NaN;
  });
}

function clamp(v: number, min: number, max: number): number {
  return Math.min(Math.max(v, min), max);
}

function exponential(resolver: PdfResolver, dict: Map<string, PdfValue>): PdfFunction {
  const c0 = numbers(resolver, dict.get('C0')) ?? [0];
  const c1 = numbers(resolver, dict.get('C1')) ?? [1];
  const n = resolver.resolve(dict.get('N'));
  const diff = c0.map((v, i) => (c1[i] ?? Number.NaN) - v);
  return (src, srcOffset, dest, destOffset) => {
    const x = n === 1 ? src[srcOffset]! : src[srcOffset]! ** (n as number);
    for (let j = 0; j < diff.length; j++) dest[destOffset + j] = c0[j]! + x * diff[j]!;
  };
}

function stitching(resolver: PdfResolver, dict: Map<string, PdfValue>, depth: number): PdfFunction {
  const domain = numbers(resolver, dict.get('Domain'));
  const list = resolver.resolve(dict.get('Functions'));
  const bounds = numbers(resolver, dict.get('Bounds'));
  const encode = numbers(resolver, dict.get('Encode'));
  if (!domain || domain.length !== 2 || !Array.isArray(list) || !bounds || !encode) {
    throw new PdfUnsupported('malformed stitching function');
  }
  const fns = list.map((item) => parseFunction(resolver, item, depth + 1));
  if (fns.length !== bounds.length + 1) throw new PdfUnsupported('malformed stitching function');
  const tmp = new Float32Array(1);
  return (src, srcOffset, dest, destOffset) => {
    const v = clamp(src[srcOffset]!, domain[0]!, domain[1]!);
    let i = 0;
    while (i < bounds.length && v >= bounds[i]!) i++;
    const dmin = i > 0 ? bounds[i - 1]! : domain[0]!;
    const dmax = i < bounds.length ? bounds[i]! : domain[1]!;
    const rmin = encode[2 * i]!;
    const rmax = encode[2 * i + 1]!;
    tmp[0] = dmin === dmax ? rmin : rmin + ((v - dmin) * (rmax - rmin)) / (dmax - dmin);
    fns[i]!(tmp, 0, dest, destOffset);
  };
}

function sampled(resolver: PdfResolver, stream: PdfStream): PdfFunction {
  const { dict } = stream;
  const domain = numbers(resolver, dict.get('Domain'));
  const range = numbers(resolver, dict.get('Range'));
  const size = numbers(resolver, dict.get('Size'));
  const bps = resolver.resolve(dict.get('BitsPerSample'));
  if (!domain || !range || !size || typeof bps !== 'number' || ![1, 2, 4, 8, 16, 32].includes(bps))
    throw new PdfUnsupported('malformed sampled function');
  const inputs = domain.length >> 1;
  const outputs = range.length >> 1;
  if (inputs < 1 || inputs > 4 || size.length < inputs || size.some((s) => !(s >= 1)))
    throw new PdfUnsupported('unsupported sampled function');
  const encode =
    numbers(resolver, dict.get('Encode')) ?? size.slice(0, inputs).flatMap((s) => [0, s - 1]);
  const decode = numbers(resolver, dict.get('Decode')) ?? range;
  let count = outputs;
  for (let i = 0; i < inputs; i++) count *= size[i]!;
  if (count > MAX_SAMPLES) throw new PdfUnsupported('sampled function too large');
  const bytes = resolver.decode(stream);
  const samples = new Float64Array(count);
  const scale = 1 / (2 ** bps - 1);
  let bitPos = 0;
  for (let i = 0; i < count; i++) {
    let value = 0;
    for (let b = 0; b < bps; b++, bitPos++) {
      const byte = bytes[bitPos >> 3] ?? 0;
      value = value * 2 + ((byte >> (7 - (bitPos & 7))) & 1);
    }
    samples[i] = value * scale;
  }
  const vertices = 1 << inputs;
  const weights = new Float64Array(vertices);
  const offsets = new Uint32Array(vertices);
  const interpolate = (x: number, x0: number, x1: number, y0: number, y1: number) =>
    y0 + (x - x0) * ((y1 - y0) / (x1 - x0));
  return (src, srcOffset, dest, destOffset) => {
    weights.fill(1);
    offsets.fill(0);
    let stride = outputs;
    for (let i = 0, bit = 1; i < inputs; i++, bit <<= 1) {
      const d0 = domain[2 * i]!;
      const d1 = domain[2 * i + 1]!;
      const s = size[i]!;
      const x = clamp(src[srcOffset + i]!, d0, d1);
      const e = clamp(interpolate(x, d0, d1, encode[2 * i]!, encode[2 * i + 1]!), 0, s - 1);
      const e0 = e < s - 1 ? Math.floor(e) : e - 1;
      const w0 = e0 + 1 - e;
      const w1 = e - e0;
      for (let j = 0; j < vertices; j++) {
        if (j & bit) {
          weights[j] = weights[j]! * w1;
          offsets[j] = offsets[j]! + (e0 + 1) * stride;
        } else {
          weights[j] = weights[j]! * w0;
          offsets[j] = offsets[j]! + e0 * stride;
        }
      }
      stride *= s;
    }
    for (let j = 0; j < outputs; j++) {
      let r = 0;
      for (let v = 0; v < vertices; v++) r += (samples[offsets[v]! + j] ?? 0) * weights[v]!;
      r = interpolate(r, 0, 1, decode[2 * j]!, decode[2 * j + 1]!);
      dest[destOffset + j] = clamp(r, range[2 * j]!, range[2 * j + 1]!);
    }
  };
}

/** A function object (tint transforms and stitching parts take single functions, as in pdf.js). */
export function parseFunction(resolver: PdfResolver, value: PdfValue, depth = 0): PdfFunction {
  if (depth > MAX_DEPTH) throw new PdfUnsupported('functions nested too deeply');
  const fn = resolver.resolve(value);
  const dict = fn instanceof PdfStream ? fn.dict : fn;
  if (!isDict(dict)) throw new PdfUnsupported('not a function');
  switch (resolver.resolve(dict.get('FunctionType'))) {
    case 0:
      if (!(fn instanceof PdfStream)) throw new PdfUnsupported('sampled function without data');
      return sampled(resolver, fn);
    case 2:
      return exponential(resolver, dict);
    case 3:
      return stitching(resolver, dict, depth);
    case 4: {
      if (!(fn instanceof PdfStream)) throw new PdfUnsupported('PostScript function without code');
      const domain = numbers(resolver, dict.get('Domain'));
      const range = numbers(resolver, dict.get('Range'));
      if (!domain || !range)
        throw new PdfUnsupported('PostScript function without domain or range');
      return postScriptFunction(resolver.decode(fn), domain, range);
    }
    default:
      throw new PdfUnsupported('unsupported function type');
  }
}
