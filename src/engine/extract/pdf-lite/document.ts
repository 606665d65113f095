/**
 * The file layer of the lite reader: indirect objects through the xref (with object streams and a
 * rebuild when offsets are wrong), stream data, and the page tree with inherited attributes, all
 * matching what pdf.js reads from the same file. Anything it cannot read throws `PdfUnsupported`.
 */
import type { Inflater } from '../inflate-port.js';
import { applyFilters, DecodeBudget, DEFAULT_DECODE_BUDGET } from './filters.js';
import { Lexer } from './lexer.js';
import {
  PdfOp,
  PdfRef,
  PdfStream,
  PdfUnsupported,
  isDict,
  type PdfDict,
  type PdfResolver,
  type PdfValue,
} from './objects.js';
import { collectPages, readPage, type LitePage } from './pages.js';
import { readXref, rebuildXref, type Xref, type XrefEntry } from './xref.js';

export type { LitePage } from './pages.js';

export interface LiteDocument extends PdfResolver {
  readonly pageCount: number;
  readonly trailer: PdfDict;
  readonly catalog: PdfDict;
  page(index0: number): LitePage;
}

const MAX_REF_HOPS = 32;
const MAX_FETCH_DEPTH = 32;
const MAX_OBJSTM_OBJECTS = 100_000;

/** An xref that points at the wrong bytes or leads to no page tree: the xref must be rebuilt. */
class BrokenXref extends PdfUnsupported {}

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isOp(value: unknown, name: string): boolean {
  return value instanceof PdfOp && value.name === name;
}

function matchesAt(bytes: Uint8Array, pos: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[pos + i] !== text.charCodeAt(i)) return false;
  return true;
}

function indexOf(bytes: Uint8Array, text: string, from: number): number {
  const first = text.charCodeAt(0);
  for (let pos = bytes.indexOf(first, from); pos >= 0; pos = bytes.indexOf(first, pos + 1)) {
    if (matchesAt(bytes, pos, text)) return pos;
  }
  return -1;
}

class Document implements LiteDocument {
  private entries: Xref['entries'] = new Map();
  private readonly cache = new Map<number, PdfValue>();
  private readonly objectStreams = new Map<number, { nums: number[]; values: PdfValue[] }>();
  private readonly budget: DecodeBudget;
  private fetchDepth = 0;
  private lastEndstream = { from: Infinity, found: -1 };
  trailer: PdfDict = new Map();
  catalog: PdfDict = new Map();
  private pages: PdfDict[] = [];

  constructor(
    readonly bytes: Uint8Array,
    inflater: Inflater | undefined,
  ) {
    this.budget = new DecodeBudget(DEFAULT_DECODE_BUDGET, inflater);
    this.inflatesNatively = inflater !== undefined;
  }

  readonly inflatesNatively: boolean;

  get pageCount(): number {
    return this.pages.length;
  }

  open(): void {
    if (this.bytes.length < 8) throw new PdfUnsupported('too short');
    let xref: Xref | undefined;
    try {
      xref = readXref(this);
    } catch (error) {
      if (!(error instanceof PdfUnsupported)) throw error;
    }
    if (xref) {
      try {
        this.load(xref);
        return;
      } catch (error) {
        // Like pdf.js, only a broken xref (wrong offsets, no usable root) is worth a rebuild.
        if (!(error instanceof BrokenXref)) throw error;
      }
    }
    const { entries, trailers } = rebuildXref(this);
    for (const trailer of trailers) {
      this.reset();
      try {
        this.load({ entries, trailer });
        return;
      } catch (error) {
        if (!(error instanceof BrokenXref)) throw error;
      }
    }
    throw new PdfUnsupported('no usable xref or trailer');
  }

  private reset(): void {
    this.cache.clear();
    this.objectStreams.clear();
  }

  private load({ entries, trailer }: Xref): void {
    this.entries = entries;
    this.trailer = trailer;
    if (trailer.has('Encrypt')) throw new PdfUnsupported('encrypted');
    const catalog = this.resolve(trailer.get('Root'));
    if (!isDict(catalog) || !isDict(this.resolve(catalog.get('Pages')))) {
      throw new BrokenXref('no catalog or page tree');
    }
    this.catalog = catalog;
    this.pages = collectPages(this, catalog);
  }

  resolve(value: PdfValue | undefined): PdfValue {
    let current = value ?? null;
    for (let hops = 0; current instanceof PdfRef; hops++) {
      if (hops >= MAX_REF_HOPS) throw new PdfUnsupported('reference chain too long');
      current = this.fetch(current);
    }
    return current;
  }

  decode(stream: PdfStream): Uint8Array {
    const { dict } = stream;
    // pdf.js looks up the abbreviated keys first, in streams too.
    const filter = this.resolve(dict.get('F') ?? dict.get('Filter'));
    if (filter === null) return stream.raw;
    const parms = this.resolve(dict.get('DP') ?? dict.get('DecodeParms'));
    return applyFilters(stream.raw, filter, parms, this.budget, (value) => this.resolve(value));
  }

  private fetch(ref: PdfRef): PdfValue {
    const cached = this.cache.get(ref.num);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(ref.num);
    if (!entry) return null;
    if (this.fetchDepth >= MAX_FETCH_DEPTH) throw new PdfUnsupported('objects nested too deeply');
    // Mark the object as being read so a self-referencing /Length reads as null, not a loop.
    this.cache.set(ref.num, null);
    this.fetchDepth++;
    try {
      const value = this.fetchEntry(ref, entry);
      this.cache.set(ref.num, value);
      return value;
    } catch (error) {
      this.cache.delete(ref.num);
      throw error;
    } finally {
      this.fetchDepth--;
    }
  }

  private fetchEntry(ref: PdfRef, entry: XrefEntry): PdfValue {
    if (entry.type === 2) return this.fetchCompressed(ref.num, entry.stream, entry.index);
    if (entry.gen !== ref.gen) throw new PdfUnsupported(`generation mismatch for ${ref.num}`);
    const { num, value } = this.parseAt(entry.offset);
    if (num !== ref.num) throw new BrokenXref(`object ${ref.num} not at its offset`);
    return value;
  }

  private fetchCompressed(num: number, streamNum: number, index: number): PdfValue {
    let objects = this.objectStreams.get(streamNum);
    if (!objects) {
      objects = this.readObjectStream(streamNum);
      this.objectStreams.set(streamNum, objects);
    }
    if (objects.nums[index] === num) return objects.values[index]!;
    const at = objects.nums.indexOf(num);
    if (at < 0) throw new BrokenXref(`object ${num} not in object stream ${streamNum}`);
    return objects.values[at]!;
  }

  private readObjectStream(streamNum: number) {
    const stream = this.resolve(new PdfRef(streamNum, 0));
    if (!(stream instanceof PdfStream)) throw new PdfUnsupported('object stream missing');
    const count = stream.dict.get('N');
    const first = stream.dict.get('First');
    if (!isInt(count) || !isInt(first) || count > MAX_OBJSTM_OBJECTS) {
      throw new PdfUnsupported('bad object stream');
    }
    const data = this.decode(stream);
    const lexer = new Lexer(data);
    const nums: number[] = [];
    const offsets: number[] = [];
    for (let i = 0; i < count; i++) {
      const num = lexer.next();
      const offset = lexer.next();
      if (!isInt(num) || !isInt(offset)) throw new PdfUnsupported('bad object stream header');
      nums.push(num);
      offsets.push(offset);
    }
    const values = offsets.map((offset) => {
      lexer.pos = first + offset;
      const value = lexer.object();
      return value === undefined || value instanceof PdfOp ? null : value;
    });
    return { nums, values };
  }

  /** Parses `N G obj ... [stream ... endstream]` at an offset. */
  parseAt(offset: number): { num: number; value: PdfValue } {
    const { bytes } = this;
    const lexer = new Lexer(bytes, offset);
    const num = lexer.next();
    const gen = lexer.next();
    if (!isInt(num) || !isInt(gen) || !isOp(lexer.next(), 'obj')) {
      throw new BrokenXref(`no object at ${offset}`);
    }
    const parsed = lexer.object();
    const value = parsed === undefined || parsed instanceof PdfOp ? null : parsed;
    if (!isDict(value)) return { num, value };
    lexer.skipSpace();
    if (!matchesAt(bytes, lexer.pos, 'stream')) return { num, value };
    let start = lexer.pos + 6;
    if (bytes[start] === 13) start++;
    if (bytes[start] === 10) start++;
    return {
      num,
      value: new PdfStream(value, bytes.subarray(start, this.streamEnd(value, start))),
    };
  }

  /** The end of a stream's data: /Length when `endstream` follows it, else a search. */
  private streamEnd(dict: PdfDict, start: number): number {
    const { bytes } = this;
    const length = this.resolve(dict.get('Length'));
    if (isInt(length) && start + length <= bytes.length) {
      const after = new Lexer(bytes, start + length);
      after.skipSpace();
      if (matchesAt(bytes, after.pos, 'endstream')) return start + length;
    }
    const found = this.findEndstream(start);
    if (found < 0) throw new PdfUnsupported('stream without endstream');
    let end = found;
    if (bytes[end - 1] === 10) end--;
    if (bytes[end - 1] === 13) end--;
    return Math.max(start, end);
  }

  /**
   * The next `endstream` at or after `start`. The last search is remembered: streams with bad
   * lengths in a hostile file would otherwise each rescan the same stretch of it.
   */
  private findEndstream(start: number): number {
    const last = this.lastEndstream;
    if (start >= last.from && (last.found < 0 || start <= last.found)) return last.found;
    const found = indexOf(this.bytes, 'endstream', start);
    this.lastEndstream = { from: start, found };
    return found;
  }

  page(index0: number): LitePage {
    const dict = this.pages[index0];
    if (!dict) throw new PdfUnsupported(`no page ${index0}`);
    return readPage(this, dict);
  }
}

export function openLiteDocument(bytes: Uint8Array, inflater?: Inflater): LiteDocument {
  const document = new Document(bytes, inflater);
  document.open();
  return document;
}
