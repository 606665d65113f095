/**
 * Cross-reference reading (PDF 32000-1:2008, 7.5.4-7.5.8): classic tables, xref streams, hybrid
 * files, /Prev chains of incremental updates (the newest entry of an object wins), and, when all
 * that is broken, a rebuild from a scan of the file for `N G obj` and `trailer`, as pdf.js does.
 */
import { Lexer } from './lexer.js';
import {
  PdfOp,
  PdfStream,
  PdfUnsupported,
  isDict,
  type PdfDict,
  type PdfValue,
} from './objects.js';

/** Type 1: at a byte offset; type 2: the index-th object of object stream `stream`. */
export type XrefEntry =
  { type: 1; offset: number; gen: number } | { type: 2; stream: number; index: number };

export interface XrefSource {
  readonly bytes: Uint8Array;
  /** Parses the indirect object at an offset (the xref stream itself), checking nothing else. */
  parseAt(offset: number): { num: number; value: PdfValue };
  decode(stream: PdfStream): Uint8Array;
}

const MAX_SECTIONS = 64;
const MAX_OBJECT_NUMBER = 8 * 1024 * 1024;

export interface Xref {
  entries: Map<number, XrefEntry | null>;
  trailer: PdfDict;
}

function matchesAt(bytes: Uint8Array, pos: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[pos + i] !== text.charCodeAt(i)) return false;
  return true;
}

function lastIndexOf(bytes: Uint8Array, text: string, from: number): number {
  for (let pos = Math.min(from, bytes.length - text.length); pos >= 0; pos--) {
    if (matchesAt(bytes, pos, text)) return pos;
  }
  return -1;
}

export function findStartXref(bytes: Uint8Array): number {
  const at = lastIndexOf(bytes, 'startxref', bytes.length);
  if (at < 0) throw new PdfUnsupported('no startxref');
  const value = new Lexer(bytes, at + 9).next();
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= bytes.length)
    throw new PdfUnsupported('bad startxref');
  return value;
}

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Records an entry unless a newer section already gave one for that object. */
function setEntry(entries: Map<number, XrefEntry | null>, num: number, entry: XrefEntry | null) {
  if (num >= MAX_OBJECT_NUMBER) throw new PdfUnsupported('object number too large');
  if (!entries.has(num)) entries.set(num, entry);
}

function readTable(
  bytes: Uint8Array,
  offset: number,
  entries: Xref['entries'],
  base: number,
): PdfDict {
  const lexer = new Lexer(bytes, offset);
  const keyword = lexer.next();
  if (!(keyword instanceof PdfOp) || keyword.name !== 'xref') throw new PdfUnsupported('no xref');
  for (;;) {
    const token = lexer.next();
    if (token instanceof PdfOp && token.name === 'trailer') break;
    let first = token;
    const count = lexer.next();
    if (!isInt(first) || !isInt(count)) throw new PdfUnsupported('bad xref subsection');
    for (let i = 0; i < count; i++) {
      const at = lexer.next();
      const gen = lexer.next();
      const kind = lexer.next();
      if (!isInt(at) || !isInt(gen) || !(kind instanceof PdfOp)) {
        throw new PdfUnsupported('bad xref entry');
      }
      const free = kind.name === 'f';
      if (!free && kind.name !== 'n') throw new PdfUnsupported('bad xref entry');
      // A common writer bug numbers the first subsection from 1 while listing object 0 (pdf.js).
      if (i === 0 && free && first === 1) first = 0;
      setEntry(entries, first + i, free || at === 0 ? null : { type: 1, offset: base + at, gen });
    }
  }
  const trailer = lexer.object();
  if (!isDict(trailer)) throw new PdfUnsupported('bad trailer');
  return trailer;
}

function readStream(
  source: XrefSource,
  offset: number,
  entries: Xref['entries'],
  base: number,
): PdfDict {
  const { value } = source.parseAt(offset);
  if (!(value instanceof PdfStream) || value.dict.get('Type') !== 'XRef') {
    throw new PdfUnsupported('no xref stream');
  }
  const { dict } = value;
  const widths = dict.get('W');
  const size = dict.get('Size');
  if (!Array.isArray(widths) || widths.length < 3 || !widths.every(isInt) || !isInt(size)) {
    throw new PdfUnsupported('bad xref stream');
  }
  const [w0, w1, w2] = widths as number[];
  if (w0! > 4 || w1! > 8 || w2! > 8) throw new PdfUnsupported('bad xref stream widths');
  const index = dict.get('Index') ?? [0, size];
  if (!Array.isArray(index) || index.length % 2 !== 0 || !index.every(isInt)) {
    throw new PdfUnsupported('bad xref stream index');
  }
  const data = source.decode(value);
  const rowLength = w0! + w1! + w2!;
  let pos = 0;
  const field = (width: number, fallback: number) => {
    if (width === 0) return fallback;
    let result = 0;
    for (let k = 0; k < width; k++) result = result * 256 + data[pos++]!;
    return result;
  };
  for (let s = 0; s < index.length; s += 2) {
    const first = index[s] as number;
    const count = index[s + 1] as number;
    for (let i = 0; i < count; i++) {
      if (pos + rowLength > data.length) throw new PdfUnsupported('truncated xref stream');
      const type = field(w0!, 1);
      const a = field(w1!, 0);
      const b = field(w2!, 0);
      const entry: XrefEntry | null =
        type === 1
          ? { type: 1, offset: base + a, gen: b }
          : type === 2
            ? { type: 2, stream: a, index: b }
            : null;
      setEntry(entries, first + i, entry);
    }
  }
  return dict;
}

/**
 * Where the file's offsets count from: like pdf.js, the `%PDF-` header when it appears in the
 * first KiB (junk before it shifts every offset), else the start of the file.
 */
export function findBase(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - 5, 1024 - 5);
  for (let pos = 0; pos <= limit; pos++) if (matchesAt(bytes, pos, '%PDF-')) return pos;
  return 0;
}

/** Reads the xref sections from startxref back through /Prev and /XRefStm. */
export function readXref(source: XrefSource): Xref {
  const { bytes } = source;
  const base = findBase(bytes);
  const entries: Xref['entries'] = new Map();
  const queue = [base + findStartXref(bytes)];
  const seen = new Set<number>();
  let trailer: PdfDict | undefined;
  while (queue.length > 0) {
    const offset = queue.shift()!;
    if (seen.has(offset)) continue;
    if (seen.size >= MAX_SECTIONS) throw new PdfUnsupported('too many xref sections');
    seen.add(offset);
    let dict: PdfDict;
    let isTable: boolean;
    try {
      const lexer = new Lexer(bytes, offset);
      lexer.skipSpace();
      isTable = matchesAt(bytes, lexer.pos, 'xref');
      dict = isTable
        ? readTable(bytes, lexer.pos, entries, base)
        : readStream(source, offset, entries, base);
    } catch (error) {
      // Like pdf.js, a broken older section is skipped; only the newest one is essential.
      if (trailer && error instanceof PdfUnsupported) continue;
      throw error;
    }
    trailer ??= dict;
    // A hybrid file's xref stream holds the objects the table leaves out; it comes before /Prev.
    const stm = dict.get('XRefStm');
    if (isTable && isInt(stm)) queue.unshift(base + stm);
    const prev = dict.get('Prev');
    if (isInt(prev)) queue.push(base + prev);
  }
  return { entries, trailer: trailer! };
}

function isRegular(c: number | undefined): boolean {
  return (
    c !== undefined &&
    !(c === 0 || c === 9 || c === 10 || c === 12 || c === 13 || c === 32) &&
    '()<>[]{}/%'.indexOf(String.fromCharCode(c)) < 0
  );
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 48 && c <= 57;
}

/** Start of `N G` before an `obj` keyword at `at`, or -1. */
function objectHeaderStart(bytes: Uint8Array, at: number): number {
  let pos = at - 1;
  const skipSpace = () => {
    const start = pos;
    while (
      pos >= 0 &&
      (bytes[pos] === 32 || bytes[pos] === 10 || bytes[pos] === 13 || bytes[pos] === 9)
    )
      pos--;
    return pos < start;
  };
  const skipDigits = () => {
    const start = pos;
    while (pos >= 0 && isDigit(bytes[pos])) pos--;
    return pos < start;
  };
  if (!skipSpace() || !skipDigits() || !skipSpace() || !skipDigits()) return -1;
  return pos >= 0 && isRegular(bytes[pos]) ? -1 : pos + 1;
}

/**
 * Rebuilds the xref by scanning for object headers (the last definition of an object wins).
 * Returns the candidate trailers, those with an /ID first like pdf.js prefers them; the caller
 * picks the first whose /Root leads to a page tree.
 */
export function rebuildXref(source: XrefSource): { entries: Xref['entries']; trailers: PdfDict[] } {
  const { bytes } = source;
  const entries: Xref['entries'] = new Map();
  const trailerOffsets: number[] = [];
  const xrefStreamOffsets: number[] = [];
  let lastObject = -1;
  for (let pos = 0; pos + 3 <= bytes.length; pos++) {
    const c = bytes[pos];
    if (
      c === 111 &&
      bytes[pos + 1] === 98 &&
      bytes[pos + 2] === 106 &&
      !isRegular(bytes[pos + 3])
    ) {
      const start = objectHeaderStart(bytes, pos);
      if (start < 0 || isRegular(bytes[pos - 1])) continue;
      const header = new Lexer(bytes, start, pos);
      const num = header.next();
      const gen = header.next();
      if (isInt(num) && isInt(gen) && num < MAX_OBJECT_NUMBER) {
        entries.set(num, { type: 1, offset: start, gen });
        lastObject = start;
      }
    } else if (c === 116 && matchesAt(bytes, pos, 'trailer') && !isRegular(bytes[pos + 7])) {
      trailerOffsets.push(pos + 7);
    } else if (c === 47 && matchesAt(bytes, pos, '/XRef') && !isRegular(bytes[pos + 5])) {
      if (lastObject >= 0 && xrefStreamOffsets.at(-1) !== lastObject)
        xrefStreamOffsets.push(lastObject);
    }
  }
  const candidates: PdfDict[] = [];
  for (const offset of trailerOffsets) {
    const dict = new Lexer(bytes, offset).object();
    if (isDict(dict)) candidates.push(dict);
  }
  for (const offset of xrefStreamOffsets) {
    try {
      // Compressed objects are only known through xref streams.
      candidates.push(readStream(source, offset, entries, findBase(bytes)));
    } catch (error) {
      if (!(error instanceof PdfUnsupported)) throw error;
    }
  }
  const withId = candidates.filter((dict) => dict.has('ID'));
  return { entries, trailers: [...withId, ...candidates.filter((dict) => !dict.has('ID'))] };
}
