/**
 * CMap streams (PDF 32000-1:2008, 9.7.5 and 9.10.3; Adobe Technical Note #5014): ToUnicode maps and
 * the embedded encoding CMaps of Type0 fonts. Parsed the way pdf.js parses them (src/core/cmap.js):
 * a malformed entry abandons the rest of its block and parsing goes on after it; later mappings
 * override earlier ones; `usecmap` may only name Identity-H/V here (other predefined CMaps need
 * Adobe's data files, which the lite reader does not ship).
 */
import { Lexer } from '../lexer.js';
import {
  PdfOp,
  PdfStream,
  PdfUnsupported,
  isBytes,
  type PdfResolver,
  type PdfValue,
} from '../objects.js';

/** Larger ranges are legal but only seen in hostile files; pdf.js would fill them anyway. */
const MAX_RANGE = 0xffff;
const MAX_ENTRIES = 1 << 18;

type Mode = 'unicode' | 'cid';

export interface ParsedCMap {
  name: string;
  vertical: boolean;
  useCMap: string | undefined;
  /** Code space ranges by code length - 1, flattened as [low, high, low, high, ...]. */
  codespace: number[][];
  codespaceCount: number;
  /** unicode mode: code -> text; cid mode: code -> CID. */
  unicode: Map<number, string>;
  cids: Map<number, number>;
}

function toInt(bytes: Uint8Array): number {
  let value = 0;
  for (let i = 0; i < bytes.length; i++) value = (value << 8) | bytes[i]!;
  return value >>> 0;
}

/**
 * A destination string as pdf.js reads it (readToUnicode): UTF-16BE, an odd length padded with a
 * leading zero byte, any surrogate (even a lone low one) taken as the first half of a pair.
 */
export function utf16ToString(bytes: ArrayLike<number>): string {
  const length = bytes.length;
  if (length === 2) {
    const w = (bytes[0]! << 8) | bytes[1]!;
    if ((w & 0xf800) !== 0xd800) return String.fromCharCode(w);
  } else if (length === 1) {
    return String.fromCharCode(bytes[0]!);
  }
  const points: number[] = [];
  for (let k = -(length % 2); k < length; k += 2) {
    const w1 = (byteAt(bytes, k) << 8) | byteAt(bytes, k + 1);
    if ((w1 & 0xf800) !== 0xd800) {
      points.push(w1);
      continue;
    }
    k += 2;
    const w2 = (byteAt(bytes, k) << 8) | byteAt(bytes, k + 1);
    points.push(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
  }
  return String.fromCodePoint(...points);
}

/** A byte of the destination, zero outside it (the odd-length pad, a truncated pair). */
function byteAt(bytes: ArrayLike<number>, index: number): number {
  return index < 0 || index >= bytes.length ? 0 : bytes[index]!;
}

/** A bf destination used as a CID (pdf.js's convertCidString). */
function cidOfBytes(bytes: ArrayLike<number>): number {
  if (bytes.length === 1) return bytes[0]!;
  if (bytes.length === 2) return (bytes[0]! << 8) | bytes[1]!;
  throw new PdfUnsupported('CMap maps a code to a long string');
}

class Malformed extends Error {}

class CMapParser {
  readonly result: ParsedCMap = {
    name: '',
    vertical: false,
    useCMap: undefined,
    codespace: [[], [], [], []],
    codespaceCount: 0,
    unicode: new Map(),
    cids: new Map(),
  };
  private entries = 0;
  private readonly lexer: Lexer;

  constructor(
    bytes: Uint8Array,
    private readonly mode: Mode,
  ) {
    this.lexer = new Lexer(bytes);
  }

  parse(): ParsedCMap {
    const { lexer, result } = this;
    let previous: string | undefined;
    for (;;) {
      const token = lexer.next();
      if (token === undefined) break;
      if (typeof token === 'string') {
        if (token === 'WMode') {
          const mode = lexer.next();
          if (typeof mode === 'number' && Number.isInteger(mode)) result.vertical = mode !== 0;
        } else if (token === 'CMapName') {
          const name = lexer.next();
          if (typeof name === 'string') result.name = name;
        }
        previous = token;
        continue;
      }
      if (!(token instanceof PdfOp)) continue;
      try {
        switch (token.name) {
          case 'endcmap':
            return result;
          case 'usecmap':
            if (previous !== undefined) result.useCMap = previous;
            break;
          case 'begincodespacerange':
            this.codespaceBlock();
            break;
          case 'beginbfchar':
            this.charBlock('endbfchar', false);
            break;
          case 'begincidchar':
            this.charBlock('endcidchar', true);
            break;
          case 'beginbfrange':
            this.rangeBlock('endbfrange', false);
            break;
          case 'begincidrange':
            this.rangeBlock('endcidrange', true);
            break;
        }
      } catch (error) {
        if (!(error instanceof Malformed)) throw error;
      }
    }
    return result;
  }

  /** The next token, or a signal that the block ended (its end keyword or the end of data). */
  private item(end: string): PdfValue | undefined {
    const token = this.lexer.next();
    if (token === undefined) return undefined;
    if (token instanceof PdfOp) {
      if (token.name === end) return undefined;
      throw new Malformed();
    }
    return token;
  }

  private count(n: number): void {
    this.entries += n;
    if (this.entries > MAX_ENTRIES) throw new PdfUnsupported('CMap too large');
  }

  private codespaceBlock(): void {
    for (;;) {
      const low = this.item('endcodespacerange');
      if (low === undefined) return;
      const high = this.lexer.next();
      if (!isBytes(low) || !isBytes(high) || high.length < 1 || high.length > 4)
        throw new Malformed();
      this.result.codespace[high.length - 1]!.push(toInt(low), toInt(high));
      this.result.codespaceCount++;
    }
  }

  private set(code: number, value: PdfValue): void {
    if (this.mode === 'unicode') {
      if (isBytes(value)) this.result.unicode.set(code, utf16ToString(value));
      else if (
        typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= 0 &&
        value <= 0x10ffff
      )
        this.result.unicode.set(code, String.fromCodePoint(value));
      else throw new PdfUnsupported('ToUnicode maps a code to a non-string');
    } else if (isBytes(value)) {
      this.result.cids.set(code, cidOfBytes(value));
    } else if (typeof value === 'number') {
      this.result.cids.set(code, value);
    }
  }

  private charBlock(end: string, isCid: boolean): void {
    for (;;) {
      const source = this.item(end);
      if (source === undefined) return;
      const target = this.lexer.next();
      if (!isBytes(source)) throw new Malformed();
      if (isCid ? !(typeof target === 'number' && Number.isInteger(target)) : !isBytes(target))
        throw new Malformed();
      this.count(1);
      this.set(toInt(source), target as PdfValue);
    }
  }

  private rangeBlock(end: string, isCid: boolean): void {
    for (;;) {
      const lowBytes = this.item(end);
      if (lowBytes === undefined) return;
      const highBytes = this.lexer.next();
      const target = this.lexer.next();
      if (!isBytes(lowBytes) || !isBytes(highBytes)) throw new Malformed();
      const low = toInt(lowBytes);
      const high = toInt(highBytes);
      if (high - low > MAX_RANGE) throw new PdfUnsupported('CMap range too large');
      if (high < low) continue;
      this.count(high - low + 1);
      if (isCid) {
        if (!(typeof target === 'number' && Number.isInteger(target))) throw new Malformed();
        for (let code = low; code <= high; code++) this.set(code, target + code - low);
      } else if (Array.isArray(target)) {
        for (let code = low, i = 0; code <= high && i < target.length; code++, i++) {
          this.set(code, target[i]!);
        }
      } else if (isBytes(target) || (typeof target === 'number' && Number.isInteger(target))) {
        this.bfRange(low, high, isBytes(target) ? Array.from(target) : [target]);
      } else {
        throw new Malformed();
      }
    }
  }

  /**
   * Consecutive codes get the destination with its last byte incremented; pdf.js carries an
   * overflow into the byte before it only (and turns a one-byte destination into two zero bytes).
   */
  private bfRange(low: number, high: number, destination: number[]): void {
    for (let code = low; code <= high; code++) {
      if (this.mode === 'unicode') this.result.unicode.set(code, utf16ToString(destination));
      else this.result.cids.set(code, cidOfBytes(destination));
      const last = destination.length - 1;
      if (last < 0) {
        destination = [0];
        continue;
      }
      const next = destination[last]! + 1;
      if (next <= 0xff) destination[last] = next;
      else if (last === 0) destination = [0, 0];
      else {
        destination[last - 1]! += 1;
        destination[last] = 0;
      }
    }
  }
}

export function parseCMap(bytes: Uint8Array, mode: Mode): ParsedCMap {
  return new CMapParser(bytes, mode).parse();
}

/** A ToUnicode map: explicit entries, and for an Identity map every other code up to 0xFFFF. */
export interface UnicodeMap {
  map: Map<number, string>;
  identity: boolean;
}

function isIdentityName(name: string | undefined): boolean {
  return name === 'Identity-H' || name === 'Identity-V';
}

/**
 * A font's /ToUnicode (pdf.js's readToUnicode): undefined when absent, unreadable or empty, which
 * pdf.js treats alike.
 */
export function readToUnicode(
  resolver: PdfResolver,
  value: PdfValue | undefined,
): UnicodeMap | undefined {
  const object = resolver.resolve(value);
  if (typeof object === 'string') {
    if (isIdentityName(object)) return { map: new Map(), identity: true };
    throw new PdfUnsupported(`predefined ToUnicode CMap ${object}`);
  }
  if (!(object instanceof PdfStream)) return undefined;
  const parsed = parseCMap(resolver.decode(object), 'unicode');
  let identity = false;
  if (parsed.useCMap !== undefined) {
    if (!isIdentityName(parsed.useCMap))
      throw new PdfUnsupported(`ToUnicode uses ${parsed.useCMap}`);
    identity = true;
  }
  if (!identity && parsed.unicode.size === 0) return undefined;
  return { map: parsed.unicode, identity };
}
