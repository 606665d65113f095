import { describe, expect, it } from 'vitest';
import { cffBuiltInEncoding } from '../../../../../src/engine/extract/pdf-lite/fonts/cff.js';
import { PdfUnsupported } from '../../../../../src/engine/extract/pdf-lite/objects.js';

/** An INDEX with one-byte offsets. */
function index(items: number[][]): number[] {
  if (items.length === 0) return [0, 0];
  const offsets = [1];
  for (const item of items) offsets.push(offsets.at(-1)! + item.length);
  return [items.length >> 8, items.length & 0xff, 1, ...offsets, ...items.flat()];
}

function int32(value: number): number[] {
  return [29, (value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

/**
 * A minimal CFF program: glyphs .notdef, "A" (SID 34), "bullet" (SID 116) and a custom string
 * "star"; `encoding` and `charset` are the raw tables (or predefined offsets).
 */
function cffProgram(encoding: number[] | number, extraTop: number[] = []): Uint8Array {
  const header = [1, 0, 4, 1];
  const names = index([[0x54]]);
  const strings = index([Array.from('star', (c) => c.charCodeAt(0))]);
  const globalSubrs = index([]);
  const charStrings = index([[14], [14], [14], [14]]);
  const charset = [0, 0, 34, 0, 116, 1, 135];
  const topLength = 3 * 6 + extraTop.length;
  const topIndexLength = index([new Array<number>(topLength).fill(0)]).length;
  const start = header.length + names.length + topIndexLength + strings.length + globalSubrs.length;
  const charStringsAt = start;
  const charsetAt = charStringsAt + charStrings.length;
  const encodingAt = charsetAt + charset.length;
  const top = [
    ...int32(charsetAt),
    15,
    ...int32(typeof encoding === 'number' ? encoding : encodingAt),
    16,
    ...int32(charStringsAt),
    17,
    ...extraTop,
  ];
  return Uint8Array.from([
    ...header,
    ...names,
    ...index([top]),
    ...strings,
    ...globalSubrs,
    ...charStrings,
    ...charset,
    ...(typeof encoding === 'number' ? [] : encoding),
  ]);
}

describe('CFF built-in encodings', () => {
  it('reads a format 0 encoding through the charset, custom strings included', () => {
    const table = cffBuiltInEncoding(cffProgram([0, 3, 0x41, 0x42, 0x43]));
    expect([table?.[0x41], table?.[0x42], table?.[0x43]]).toEqual(['A', 'bullet', 'star']);
  });

  it('reads a format 1 encoding and its supplements', () => {
    // Codes 0x61-0x62 -> glyphs 1-2, code 0x63 -> glyph 3; supplement: code 0x20 -> "bullet".
    const table = cffBuiltInEncoding(cffProgram([0x81, 2, 0x61, 1, 0x63, 0, 1, 0x20, 0, 116]));
    expect([table?.[0x61], table?.[0x62], table?.[0x63], table?.[0x20]]).toEqual([
      'A',
      'bullet',
      'star',
      'bullet',
    ]);
  });

  it('places glyphs at their StandardEncoding codes for the predefined encoding', () => {
    const table = cffBuiltInEncoding(cffProgram(0));
    expect([table?.[0x41], table?.[0xb7]]).toEqual(['A', 'bullet']);
  });

  it('leaves CID-keyed programs to pdf.js', () => {
    expect(() => cffBuiltInEncoding(cffProgram(0, [139, 139, 139, 12, 30]))).toThrow(
      PdfUnsupported,
    );
  });
});
