/**
 * Tokens and direct objects of PDF syntax (PDF 32000-1:2008, 7.2-7.3), shared by the file parser
 * (indirect objects, xref streams, object streams) and the content-stream interpreter. Works on
 * bytes with a moving position and never allocates per character: content streams are the hot
 * path of text extraction.
 */
import { PdfOp, PdfRef, PdfUnsupported, type PdfDict, type PdfValue } from './objects.js';

/** 0: regular, 1: whitespace, 2: delimiter (7.2.2). */
const CLASS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;

const MAX_DEPTH = 64;

const ARRAY_END = Symbol('array end');
const DICT_END = Symbol('dict end');
type Token = PdfValue | PdfOp | typeof ARRAY_END | typeof DICT_END | undefined;

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Cached operator instances: content streams repeat a few dozen keywords thousands of times. */
const OPS = new Map<string, PdfOp>();
function op(name: string): PdfOp {
  let found = OPS.get(name);
  if (!found) {
    found = new PdfOp(name);
    if (OPS.size < 512) OPS.set(name, found);
  }
  return found;
}

/**
 * Strings with escapes are decoded into this shared buffer and copied out once: growing a JS
 * array per byte was the lexer's main cost on pdfTeX output, whose strings escape parentheses.
 */
let scratch: Uint8Array = new Uint8Array(4096);
/** The scratch buffer with room for at least `size` bytes, keeping its first `used` bytes. */
function scratchFor(size: number, used = 0): Uint8Array {
  if (scratch.length < size) {
    const grown = new Uint8Array(Math.max(size, scratch.length * 2));
    grown.set(scratch.subarray(0, used));
    scratch = grown;
  }
  return scratch;
}

export class Lexer {
  pos: number;

  constructor(
    readonly bytes: Uint8Array,
    pos = 0,
    readonly end = bytes.length,
  ) {
    this.pos = pos;
  }

  /** Skips whitespace and comments; returns the next byte or -1 at the end. */
  skipSpace(): number {
    const { bytes, end } = this;
    let pos = this.pos;
    while (pos < end) {
      const c = bytes[pos]!;
      if (c === 37) {
        while (pos < end && bytes[pos] !== 10 && bytes[pos] !== 13) pos++;
      } else if (CLASS[c] === 1) {
        pos++;
      } else {
        break;
      }
    }
    this.pos = pos;
    return pos < end ? bytes[pos]! : -1;
  }

  /** The next token: a direct value, an operator keyword, a closing bracket, or undefined at the end. */
  private token(depth: number): Token {
    const c = this.skipSpace();
    if (c < 0) return undefined;
    const { bytes } = this;
    switch (c) {
      case 47: // '/'
        return this.name();
      case 40: // '('
        return this.literalString();
      case 91: // '['
        this.pos++;
        return this.array(depth + 1);
      case 93: // ']'
        this.pos++;
        return ARRAY_END;
      case 60: // '<'
        if (bytes[this.pos + 1] === 60) {
          this.pos += 2;
          return this.dict(depth + 1);
        }
        return this.hexString();
      case 62: // '>'
        if (bytes[this.pos + 1] === 62) {
          this.pos += 2;
          return DICT_END;
        }
        this.pos++;
        return op('>');
      case 123: // '{'
      case 125: // '}'
      case 41: // ')'
        this.pos++;
        return op(String.fromCharCode(c));
      default:
        if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) return this.number();
        return this.keyword();
    }
  }

  /** A direct object, or an operator keyword (content streams); undefined at the end. */
  next(depth = 0): PdfValue | PdfOp | undefined {
    const token = this.token(depth);
    if (token === ARRAY_END || token === DICT_END) return op(token === ARRAY_END ? ']' : '>>');
    return token;
  }

  private tooDeep(): never {
    throw new PdfUnsupported('objects nested too deeply');
  }

  /**
   * An object in a file body: like `next`, but `a b R` is read as a reference. Keywords other than
   * true/false/null are returned as operators so the caller can see `obj`, `endobj`, `stream`.
   */
  object(depth = 0): PdfValue | PdfOp | undefined {
    const value = this.next(depth);
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
      const save = this.pos;
      const gen = this.next(depth);
      if (typeof gen === 'number' && Number.isInteger(gen) && gen >= 0) {
        const keyword = this.next(depth);
        if (keyword instanceof PdfOp && keyword.name === 'R') return new PdfRef(value, gen);
      }
      this.pos = save;
    }
    return value;
  }

  private array(depth: number): PdfValue[] {
    if (depth > MAX_DEPTH) this.tooDeep();
    const items: PdfValue[] = [];
    for (;;) {
      const c = this.skipSpace();
      if (c < 0) return items;
      if (c === 93) {
        this.pos++;
        return items;
      }
      const value = this.element(depth);
      if (value instanceof PdfOp) continue;
      items.push(value);
    }
  }

  private dict(depth: number): PdfDict {
    if (depth > MAX_DEPTH) this.tooDeep();
    const dict: PdfDict = new Map();
    for (;;) {
      const c = this.skipSpace();
      if (c < 0) return dict;
      if (c === 62 && this.bytes[this.pos + 1] === 62) {
        this.pos += 2;
        return dict;
      }
      if (c !== 47) {
        // A stray token where a key belongs: skip it (lenient, like most readers).
        this.element(depth);
        continue;
      }
      const key = this.name();
      const c2 = this.skipSpace();
      if (c2 === 62 && this.bytes[this.pos + 1] === 62) {
        dict.set(key, null);
        continue;
      }
      const value = this.element(depth);
      if (!(value instanceof PdfOp)) dict.set(key, value);
    }
  }

  /** An array or dictionary member: references allowed, nested containers depth-checked. */
  private element(depth: number): PdfValue | PdfOp {
    const value = this.object(depth);
    return value === undefined ? null : value;
  }

  private name(): string {
    const { bytes, end } = this;
    let pos = this.pos + 1;
    const start = pos;
    let hasEscape = false;
    while (pos < end && CLASS[bytes[pos]!] === 0) {
      if (bytes[pos] === 35) hasEscape = true;
      pos++;
    }
    this.pos = pos;
    if (!hasEscape) return latin1(bytes, start, pos);
    let out = '';
    for (let i = start; i < pos; i++) {
      const c = bytes[i]!;
      if (c === 35 && i + 2 < pos) {
        const hi = hexValue(bytes[i + 1] ?? 0);
        const lo = hexValue(bytes[i + 2] ?? 0);
        if (hi >= 0 && lo >= 0) {
          out += String.fromCharCode(hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      out += String.fromCharCode(c);
    }
    return out;
  }

  private number(): PdfValue | PdfOp {
    const { bytes, end } = this;
    let pos = this.pos;
    let sign = 1;
    let c = bytes[pos]!;
    if (c === 43 || c === 45) {
      if (c === 45) sign = -1;
      pos++;
      // Some producers write "--5" or "-+5"; treat the extra signs as noise.
      while (pos < end && (bytes[pos] === 45 || bytes[pos] === 43)) pos++;
    }
    let value = 0;
    let digits = 0;
    while (pos < end && (c = bytes[pos]!) >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      pos++;
    }
    if (pos < end && bytes[pos] === 46) {
      pos++;
      let scale = 1;
      while (pos < end && (c = bytes[pos]!) >= 48 && c <= 57) {
        value = value * 10 + (c - 48);
        scale *= 10;
        digits++;
        pos++;
      }
      value /= scale;
    }
    if (digits === 0) {
      // A lone sign or dot: not a number; read it as a keyword.
      return this.keyword();
    }
    // "1.5.3": skip the malformed rest. A letter starts the next token, as in "10Tf" (pdf.js
    // reads such glued operators too).
    while (pos < end && ((c = bytes[pos]!) === 46 || (c >= 48 && c <= 57))) pos++;
    this.pos = pos;
    return sign * value;
  }

  private keyword(): PdfValue | PdfOp {
    const { bytes, end } = this;
    const start = this.pos;
    let pos = start;
    while (pos < end && CLASS[bytes[pos]!] === 0) pos++;
    if (pos === start) pos++;
    this.pos = pos;
    const word = latin1(bytes, start, pos);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return op(word);
  }

  private literalString(): Uint8Array {
    const { bytes, end } = this;
    let pos = this.pos + 1;
    // Fast path: no escapes and balanced parentheses -> a view of the file.
    let depth = 1;
    const start = pos;
    let simple = true;
    while (pos < end) {
      const c = bytes[pos]!;
      if (c === 92 || c === 13) {
        simple = false;
        break;
      }
      if (c === 40) depth++;
      else if (c === 41 && --depth === 0) break;
      pos++;
    }
    if (simple) {
      this.pos = Math.min(end, pos + 1);
      return bytes.subarray(start, pos);
    }
    let out: Uint8Array = scratch;
    let n = 0;
    pos = start;
    depth = 1;
    while (pos < end) {
      if (n >= out.length) out = scratchFor(n + 1, n);
      const c = bytes[pos++]!;
      if (c === 40) {
        depth++;
        out[n++] = c;
      } else if (c === 41) {
        if (--depth === 0) break;
        out[n++] = c;
      } else if (c === 13) {
        // End-of-line markers inside strings read as a single line feed (7.3.4.2).
        if (bytes[pos] === 10) pos++;
        out[n++] = 10;
      } else if (c !== 92) {
        out[n++] = c;
      } else {
        const e = bytes[pos++];
        if (e === undefined) break;
        switch (e) {
          case 110:
            out[n++] = 10;
            break;
          case 114:
            out[n++] = 13;
            break;
          case 116:
            out[n++] = 9;
            break;
          case 98:
            out[n++] = 8;
            break;
          case 102:
            out[n++] = 12;
            break;
          case 13:
            if (bytes[pos] === 10) pos++;
            break;
          case 10:
            break;
          default:
            if (e >= 48 && e <= 55) {
              let code = e - 48;
              for (let k = 0; k < 2 && pos < end; k++) {
                const d = bytes[pos]!;
                if (d < 48 || d > 55) break;
                code = code * 8 + (d - 48);
                pos++;
              }
              out[n++] = code & 0xff;
            } else {
              out[n++] = e;
            }
        }
      }
    }
    this.pos = pos;
    return out.slice(0, n);
  }

  private hexString(): Uint8Array {
    const { bytes, end } = this;
    let pos = this.pos + 1;
    let out: Uint8Array = scratch;
    let n = 0;
    let high = -1;
    while (pos < end) {
      if (n >= out.length) out = scratchFor(n + 1, n);
      const c = bytes[pos++]!;
      if (c === 62) break;
      const v = hexValue(c);
      if (v < 0) continue;
      if (high < 0) high = v;
      else {
        out[n++] = high * 16 + v;
        high = -1;
      }
    }
    if (high >= 0) {
      if (n >= out.length) out = scratchFor(n + 1, n);
      out[n++] = high * 16;
    }
    this.pos = pos;
    return out.slice(0, n);
  }
}

export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}
