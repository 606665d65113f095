/**
 * The little pdf.js reads from embedded font programs that changes text content: the program's
 * real kind (sniffed from its first bytes, not the descriptor's key), TrueType vertical metrics
 * (hhea ascent/descent over head unitsPerEm, which pdf.js reports for TrueType fonts instead of the
 * descriptor's), and the built-in /Encoding array of a Type1 program's cleartext part.
 */
import { PdfUnsupported } from '../objects.js';
import { encodingByName } from './encodings.js';
import type { FontProgram } from './font-program.js';

export type FontFileKind = 'truetype' | 'collection' | 'opentype' | 'type1' | 'cff' | 'unknown';

/** pdf.js's getFontFileType tests, in its order. */
export function sniffFontFile(bytes: Uint8Array): FontFileKind {
  const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = bytes;
  const tag = String.fromCharCode(b0, b1, b2, b3);
  if ((b0 === 0 && b1 === 1 && b2 === 0 && b3 === 0) || tag === 'true') return 'truetype';
  if (tag === 'ttcf') return 'collection';
  if (tag === 'OTTO') return 'opentype';
  if ((b0 === 0x25 && b1 === 0x21) || (b0 === 0x80 && b1 === 0x01)) return 'type1';
  if (b0 >= 1 && b3 >= 1 && b3 <= 4) return 'cff';
  return 'unknown';
}

interface Table {
  offset: number;
  length: number;
}

function uint16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
}

function int16(bytes: Uint8Array, at: number): number {
  const value = uint16(bytes, at);
  return value & 0x8000 ? value - 0x10000 : value;
}

function uint32(bytes: Uint8Array, at: number): number {
  return ((uint16(bytes, at) << 16) | uint16(bytes, at + 2)) >>> 0;
}

/** The sfnt table directory (tables pdf.js keeps: known tags with a non-zero length). */
function readTables(program: FontProgram): Map<string, Table> {
  const tables = new Map<string, Table>();
  const count = uint16(program.prefix(12), 4);
  const bytes = program.prefix(12 + count * 16);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    if (at + 16 > bytes.length) break;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    const length = uint32(bytes, at + 12);
    if (length > 0) tables.set(tag, { offset: uint32(bytes, at + 8), length });
  }
  return tables;
}

/** A table's bytes, if the program has it. */
export function sfntTable(program: FontProgram, tag: string): Uint8Array | undefined {
  const table = readTables(program).get(tag);
  if (!table) return undefined;
  const bytes = program.prefix(table.offset + table.length);
  return bytes.subarray(table.offset, table.offset + table.length);
}

export interface SfntMetrics {
  /** hhea ascent / descent over head unitsPerEm: what pdf.js's text content reports. */
  ascent: number;
  descent: number;
}

/**
 * Every name record is Windows / Unicode BMP / en-US (pdf.js then reads the codes of a symbolic
 * TrueType font without an encoding as WinAnsi).
 */
export function hasWindowsNamesOnly(program: FontProgram): boolean {
  const name = readTables(program).get('name');
  if (!name) return false;
  const count = uint16(program.prefix(name.offset + 6), name.offset + 2);
  if (count === 0) return false;
  const bytes = program.prefix(name.offset + 6 + count * 12);
  for (let i = 0; i < count; i++) {
    const at = name.offset + 6 + i * 12;
    if (at + 12 > bytes.length) return false;
    if (uint16(bytes, at) !== 3 || uint16(bytes, at + 2) !== 1 || uint16(bytes, at + 4) !== 0x409)
      return false;
  }
  return true;
}

/**
 * The metrics pdf.js takes from a TrueType program or a composite OpenType one; undefined when it
 * converts the program as CFF instead (then the descriptor's values stand).
 */
export function readSfntMetrics(
  program: FontProgram,
  kind: FontFileKind,
  composite: boolean,
): SfntMetrics | undefined {
  if (kind === 'collection') throw new PdfUnsupported('TrueType collection font');
  const tables = readTables(program);
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  if (tables.has('CFF ')) {
    if ((kind === 'opentype' && !composite) || !head || !hhea) return undefined;
    if (!tables.has('maxp') || !tables.has('post')) return undefined;
  } else if (!tables.has('loca') || !tables.has('maxp') || !head || !hhea) {
    // pdf.js cannot use the program and falls back to a substitute font.
    throw new PdfUnsupported('TrueType font without required tables');
  }
  const bytes = program.prefix(Math.max(head!.offset + 20, hhea!.offset + 8));
  // Tables cut short read as NaN in pdf.js (undefined bytes).
  if (bytes.length < head!.offset + 20 || bytes.length < hhea!.offset + 8) {
    return { ascent: NaN, descent: NaN };
  }
  const unitsPerEm = uint16(bytes, head!.offset + 18);
  return {
    ascent: int16(bytes, hhea!.offset + 4) / unitsPerEm,
    descent: int16(bytes, hhea!.offset + 6) / unitsPerEm,
  };
}

function isWhiteSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

function isSpecial(c: number): boolean {
  return (
    c === 0x2f || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x28 || c === 0x29
  );
}

const EEXEC = [0x65, 0x65, 0x78, 0x65, 0x63];

function indexOfEexec(bytes: Uint8Array, start: number, end: number): number {
  for (let i = start; i + EEXEC.length <= end; i++) {
    let k = 0;
    while (k < EEXEC.length && bytes[i + k] === EEXEC[k]) k++;
    if (k === EEXEC.length) return i;
  }
  return -1;
}

/** The cleartext part of a Type1 program: up to `eexec` (PFB segment header aware). */
function cleartext(program: FontProgram, length1: number): Uint8Array {
  const head = program.prefix(6);
  if (head[0] === 0x80 && head[1] === 0x01) {
    const end = 6 + littleEndian32(head, 2);
    const bytes = program.prefix(end);
    const found = indexOfEexec(bytes, 6, Math.min(end, bytes.length));
    return bytes.subarray(6, found >= 0 ? found : Math.min(end, bytes.length));
  }
  // Length1 normally ends right after "eexec"; when it lies, search the whole program.
  let bytes = program.prefix(length1 + 16);
  let found = indexOfEexec(bytes, 0, bytes.length);
  if (found < 0) {
    bytes = program.all();
    found = indexOfEexec(bytes, 0, bytes.length);
  }
  return bytes.subarray(0, found >= 0 ? found : bytes.length);
}

function littleEndian32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at + 3] ?? 0) * 0x1000000 +
      ((bytes[at + 2] ?? 0) << 16) +
      ((bytes[at + 1] ?? 0) << 8) +
      (bytes[at] ?? 0)) >>>
    0
  );
}

/** Tokens as pdf.js's Type1Parser splits them: special characters stand alone. */
class Type1Tokens {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  next(): string | undefined {
    const { bytes } = this;
    let comment = false;
    while (this.pos < bytes.length) {
      const c = bytes[this.pos]!;
      if (comment) {
        if (c === 0x0a || c === 0x0d) comment = false;
      } else if (c === 0x25) {
        comment = true;
      } else if (!isWhiteSpace(c)) {
        break;
      }
      this.pos++;
    }
    if (this.pos >= bytes.length) return undefined;
    const start = this.pos;
    if (isSpecial(bytes[this.pos]!)) {
      this.pos++;
    } else {
      while (
        this.pos < bytes.length &&
        !isWhiteSpace(bytes[this.pos]!) &&
        !isSpecial(bytes[this.pos]!)
      )
        this.pos++;
    }
    let token = '';
    for (let i = start; i < this.pos; i++) token += String.fromCharCode(bytes[i]!);
    return token;
  }
}

const MAX_ENCODING_SIZE = 4096;

/**
 * The /Encoding of a Type1 program's cleartext part (pdf.js's extractFontHeader): a standard
 * encoding by name, or the `dup code /name put` entries of an encoding array.
 */
export function type1BuiltInEncoding(
  program: FontProgram,
  length1: number,
): readonly string[] | undefined {
  const tokens = new Type1Tokens(cleartext(program, length1));
  let encoding: readonly string[] | undefined;
  for (let token = tokens.next(); token !== undefined; token = tokens.next()) {
    if (token !== '/' || tokens.next() !== 'Encoding') continue;
    const argument = tokens.next();
    if (argument === undefined) break;
    if (!/^\d+$/.test(argument)) {
      encoding = encodingByName(argument);
      continue;
    }
    const table: string[] = [];
    const size = Math.min(parseInt(argument, 10) | 0, MAX_ENCODING_SIZE);
    tokens.next();
    for (let j = 0; j < size; j++) {
      let word = tokens.next();
      while (word !== 'dup' && word !== 'def') {
        word = tokens.next();
        // pdf.js drops an encoding array cut short.
        if (word === undefined) return encoding;
      }
      if (word === 'def') break;
      const index = parseInt(tokens.next() ?? '0', 10) | 0;
      tokens.next();
      const glyph = tokens.next();
      if (index >= 0 && index < 256 && glyph !== undefined) table[index] = glyph;
      tokens.next();
    }
    encoding = table;
  }
  return encoding;
}
