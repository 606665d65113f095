/**
 * Inline images (PDF 32000-1:2008, 8.9.7): `BI <key value pairs> ID <data> EI`. The data is
 * binary and has no length in most files, so its end is found the way pdf.js's parser finds it:
 * the JPEG end marker for DCT data, `~>` / `>` for ASCII85 / hex data, otherwise an `EI` between
 * whitespace followed by text-like bytes. A declared /L (PDF 2.0) is used when it checks out.
 */
import type { Lexer } from './lexer.js';
import { PdfOp, PdfUnsupported, isName, type PdfDict, type PdfValue } from './objects.js';

export interface InlineImage {
  readonly dict: PdfDict;
  /** The image data, still encoded. */
  readonly data: Uint8Array;
}

const MAX_ENTRIES = 64;

function isWhite(c: number | undefined): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0;
}

function isDelimiterOrWhite(c: number | undefined): boolean {
  return c === undefined || isWhite(c) || '()<>[]{}/%'.includes(String.fromCharCode(c));
}

/** `E I` at `pos`, ending at a whitespace, a delimiter or the end. */
function isEI(bytes: Uint8Array, pos: number): boolean {
  return bytes[pos] === 0x45 && bytes[pos + 1] === 0x49 && isDelimiterOrWhite(bytes[pos + 2]);
}

/** pdf.js's plausibility test: what follows a real EI is content-stream text, not binary. */
function looksLikeText(bytes: Uint8Array, from: number): boolean {
  const end = Math.min(bytes.length, from + 15);
  for (let i = from; i < end; i++) {
    const c = bytes[i]!;
    if (c === 0 && bytes[i + 1] !== 0) continue;
    if (c !== 10 && c !== 13 && (c < 32 || c > 0x7f)) return false;
  }
  return true;
}

/** The first `EI` after `from` that ends the data; returns the position of the E. */
function findDefaultEnd(bytes: Uint8Array, from: number): number {
  for (let i = from; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 0x45 || bytes[i + 1] !== 0x49) continue;
    if (i > from && !isWhite(bytes[i - 1])) continue;
    const after = bytes[i + 2];
    if (after !== undefined && !isWhite(after)) continue;
    if (looksLikeText(bytes, i + 3)) return i;
  }
  throw new PdfUnsupported('inline image without an end');
}

/** The first `EI` at or after `from`, skipping whitespace only. */
function findEIAfter(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length && isWhite(bytes[i])) i++;
  return isEI(bytes, i) ? i : -1;
}

function findMarkerEnd(bytes: Uint8Array, from: number, marker: number[]): number {
  outer: for (let i = from; i + marker.length <= bytes.length; i++) {
    for (let k = 0; k < marker.length; k++) if (bytes[i + k] !== marker[k]) continue outer;
    return i + marker.length;
  }
  return -1;
}

function filterName(dict: PdfDict): string | undefined {
  const filter = dict.get('F') ?? dict.get('Filter');
  const first = Array.isArray(filter) ? filter[0] : filter;
  return isName(first) ? first : undefined;
}

/**
 * Reads an inline image after its `BI` keyword and leaves the lexer at its `EI` operator, which
 * takes the image as its operand (as in pdf.js's parser). Throws
 * `PdfUnsupported` for a malformed dictionary or data without a findable end.
 */
export function skipInlineImage(lexer: Lexer): InlineImage {
  const dict: PdfDict = new Map();
  for (;;) {
    const key = lexer.next();
    if (key instanceof PdfOp && key.name === 'ID') break;
    if (!isName(key) || dict.size >= MAX_ENTRIES) {
      throw new PdfUnsupported('malformed inline image dictionary');
    }
    const value = lexer.next();
    if (value === undefined || value instanceof PdfOp) {
      throw new PdfUnsupported('malformed inline image dictionary');
    }
    dict.set(key, value as PdfValue);
  }
  const { bytes } = lexer;
  // One whitespace byte separates ID from the data.
  const start = isWhite(bytes[lexer.pos]) ? lexer.pos + 1 : lexer.pos;
  let end = -1;
  let ei = -1;
  const declared = dict.get('L') ?? dict.get('Length');
  if (typeof declared === 'number' && declared >= 0 && start + declared <= bytes.length) {
    ei = findEIAfter(bytes, start + declared);
    if (ei >= 0) end = start + declared;
  }
  if (end < 0) {
    const filter = filterName(dict);
    const marker =
      filter === 'DCT' || filter === 'DCTDecode'
        ? [0xff, 0xd9]
        : filter === 'A85' || filter === 'ASCII85Decode'
          ? [0x7e, 0x3e]
          : filter === 'AHx' || filter === 'ASCIIHexDecode'
            ? [0x3e]
            : null;
    const markerEnd = marker ? findMarkerEnd(bytes, start, marker) : -1;
    ei = markerEnd >= 0 ? findEIAfter(bytes, markerEnd) : -1;
    if (ei >= 0) {
      end = markerEnd;
    } else {
      ei = findDefaultEnd(bytes, start);
      end = ei > start ? ei - 1 : ei;
    }
  }
  lexer.pos = ei;
  return { dict, data: bytes.subarray(start, end) };
}
