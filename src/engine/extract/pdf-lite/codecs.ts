/**
 * The non-Flate stream codecs of the lite reader (PDF 32000-1:2008, 7.4.2-7.4.5): ASCIIHex,
 * ASCII85, LZW and RunLength. Output that can grow past its input is charged to the budget.
 */
import type { DecodeBudget } from './filters.js';
import { PdfUnsupported } from './objects.js';

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0;
}

export function asciiHex(data: Uint8Array): Uint8Array {
  const out = new Uint8Array((data.length + 1) >> 1);
  let n = 0;
  let high = -1;
  for (const c of data) {
    if (c === 62) break;
    let v: number;
    if (c >= 48 && c <= 57) v = c - 48;
    else if (c >= 65 && c <= 70) v = c - 55;
    else if (c >= 97 && c <= 102) v = c - 87;
    else continue;
    if (high < 0) high = v;
    else {
      out[n++] = (high << 4) | v;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high << 4;
  return out.subarray(0, n);
}

export function ascii85(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil((data.length * 4) / 5) + 4 * data.length);
  let n = 0;
  let group = 0;
  let count = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === 126) break; // '~' of the '~>' end marker
    if (isSpace(c)) continue;
    if (c === 122 && count === 0) {
      n += 4; // 'z': four zero bytes (the buffer is zero-filled)
      continue;
    }
    if (c < 33 || c > 117) throw new PdfUnsupported('bad ASCII85 data');
    group = group * 85 + (c - 33);
    if (++count === 5) {
      out[n++] = (group >>> 24) & 0xff;
      out[n++] = (group >>> 16) & 0xff;
      out[n++] = (group >>> 8) & 0xff;
      out[n++] = group & 0xff;
      group = 0;
      count = 0;
    }
  }
  if (count > 1) {
    for (let k = count; k < 5; k++) group = group * 85 + 84;
    for (let k = 0; k < count - 1; k++) out[n++] = (group >>> (24 - 8 * k)) & 0xff;
  }
  return out.slice(0, n);
}

export function lzw(data: Uint8Array, earlyChange: number, budget: DecodeBudget): Uint8Array {
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const lengths = new Uint16Array(4096);
  for (let i = 0; i < 256; i++) {
    suffix[i] = i;
    lengths[i] = 1;
  }
  let out = new Uint8Array(Math.max(1024, data.length * 3));
  let n = 0;
  let next = 258;
  let codeLength = 9;
  let previous = -1;
  let bitBuffer = 0;
  let bitCount = 0;
  let pos = 0;
  const stack = new Uint8Array(4096);
  for (;;) {
    while (bitCount < codeLength) {
      if (pos >= data.length) return out.slice(0, n);
      bitBuffer = ((bitBuffer << 8) | data[pos++]!) & 0xffffff;
      bitCount += 8;
    }
    const code = (bitBuffer >>> (bitCount - codeLength)) & ((1 << codeLength) - 1);
    bitCount -= codeLength;
    if (code === 256) {
      next = 258;
      codeLength = 9;
      previous = -1;
      continue;
    }
    if (code === 257) return out.slice(0, n);
    let entry = code;
    let length: number;
    if (code < next) {
      length = lengths[code]!;
    } else if (code === next && previous >= 0) {
      length = lengths[previous]! + 1;
    } else {
      throw new PdfUnsupported('bad LZW code');
    }
    if (n + length > out.length) {
      budget.charge(out.length);
      const grown = new Uint8Array(out.length * 2 + length);
      grown.set(out);
      out = grown;
    }
    // Unwind the chain into a stack; the KwKwK case ends with the chain's own first byte.
    let depth = 0;
    if (code === next) entry = previous;
    while (entry >= 256) {
      stack[depth++] = suffix[entry]!;
      entry = prefix[entry]!;
    }
    stack[depth++] = entry;
    const first = entry;
    for (let k = depth - 1; k >= 0; k--) out[n++] = stack[k]!;
    if (code === next) out[n++] = first;
    if (previous >= 0 && next < 4096) {
      prefix[next] = previous;
      suffix[next] = first;
      lengths[next] = lengths[previous]! + 1;
      next++;
    }
    previous = code;
    const limit = next + earlyChange;
    codeLength = limit >= 2048 ? 12 : limit >= 1024 ? 11 : limit >= 512 ? 10 : 9;
  }
}

export function runLength(data: Uint8Array, budget: DecodeBudget): Uint8Array {
  const chunks: number[] = [];
  let i = 0;
  while (i < data.length) {
    const length = data[i++]!;
    if (length === 128) break;
    if (length < 128) {
      for (let k = 0; k <= length && i < data.length; k++) chunks.push(data[i++]!);
    } else if (i < data.length) {
      const value = data[i++]!;
      for (let k = 0; k < 257 - length; k++) chunks.push(value);
    }
    if (chunks.length > budget.remaining) budget.charge(chunks.length);
  }
  return Uint8Array.from(chunks);
}
