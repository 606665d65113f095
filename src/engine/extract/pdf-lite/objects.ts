/**
 * The PDF object model of the lite reader (PDF 32000-1:2008, 7.3). Names are JS strings (without
 * the slash), strings are raw bytes, dictionaries are Maps; references, streams and content-stream
 * operators are small classes so they can be told apart with `instanceof`.
 */
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A stream as stored: its dictionary and the still-encoded bytes (a view into the file). */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly raw: Uint8Array,
  ) {}
}

/** A content-stream operator keyword (`Tj`, `BT`, `cm`...). */
export class PdfOp {
  constructor(readonly name: string) {}
}

export type PdfDict = Map<string, PdfValue>;

export type PdfValue =
  null | boolean | number | string | Uint8Array | PdfValue[] | PdfDict | PdfRef | PdfStream;

/** Raised for anything the lite reader does not handle; the caller falls back to pdf.js. */
export class PdfUnsupported extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'PdfUnsupported';
  }
}

export function isDict(value: unknown): value is PdfDict {
  return value instanceof Map;
}

export function isName(value: unknown): value is string {
  return typeof value === 'string';
}

export function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

/** What the text layer needs from the file layer (document.ts implements it). */
export interface PdfResolver {
  /** Follows references (cycle-safe); a missing or broken object reads as null. */
  resolve(value: PdfValue | undefined): PdfValue;
  /**
   * The stream's bytes with its filters applied, size-limited. Throws `PdfUnsupported` for a
   * filter it cannot decode.
   */
  decode(stream: PdfStream): Uint8Array;
  /** Streams inflate natively (fast): decoding a whole stream beats inflating part of it in JS. */
  readonly inflatesNatively?: boolean;
}

export type Matrix = [number, number, number, number, number, number];
