import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyFilters, DecodeBudget } from '../../../../src/engine/extract/pdf-lite/filters.js';
import { PdfUnsupported, type PdfDict } from '../../../../src/engine/extract/pdf-lite/objects.js';

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const text = (value: Uint8Array) => String.fromCharCode(...value);
const decode = (data: Uint8Array, filter: unknown, parms?: unknown, budget = new DecodeBudget()) =>
  applyFilters(data, filter as never, parms as never, budget);

/** A PNG-predicted (Up) image of rows, as xref streams are written. */
function pngUp(rows: number[][]): Uint8Array {
  const out: number[] = [];
  rows.forEach((row, r) => {
    out.push(2);
    row.forEach((value, i) => out.push((value - (r > 0 ? rows[r - 1]![i]! : 0)) & 0xff));
  });
  return Uint8Array.from(out);
}

describe('pdf-lite stream filters', () => {
  it('inflates Flate data with and without the zlib header', () => {
    const plain = bytes('BT /F1 12 Tf (Hello) Tj ET');
    expect(text(decode(zlibSync(plain), 'FlateDecode'))).toBe(text(plain));
    expect(text(decode(zlibSync(plain).subarray(2), 'Fl'))).toBe(text(plain));
  });

  it('ignores garbage after the end of the Flate data', () => {
    const data = zlibSync(bytes('content'));
    const padded = new Uint8Array(data.length + 6);
    padded.set(data);
    padded.set(bytes('\r\ngarb'), data.length);
    expect(text(decode(padded, 'FlateDecode'))).toBe('content');
  });

  it('refuses damaged Flate data so pdf.js reads the page', () => {
    const data = zlibSync(bytes('x'.repeat(5000) + 'y'.repeat(5000)));
    expect(() => decode(data.subarray(0, data.length >> 1), 'FlateDecode')).toThrow(PdfUnsupported);
  });

  it('undoes PNG predictors', () => {
    const rows = [
      [1, 0, 16, 0],
      [1, 0, 32, 0],
      [2, 1, 0, 5],
    ];
    const parms: PdfDict = new Map([
      ['Predictor', 12],
      ['Columns', 4],
    ]);
    const out = decode(zlibSync(pngUp(rows)), 'FlateDecode', parms);
    expect([...out]).toEqual(rows.flat());
  });

  it('undoes PNG Sub, Average and Paeth rows', () => {
    // Row filters 1 (Sub), 3 (Average), 4 (Paeth) on a 3-byte row, one byte per pixel.
    const data = Uint8Array.from([1, 10, 5, 5, 3, 10, 10, 10, 4, 1, 1, 1]);
    const parms: PdfDict = new Map([
      ['Predictor', 15],
      ['Columns', 3],
    ]);
    const out = decode(zlibSync(data), 'FlateDecode', parms);
    // Sub: 10, 15, 20. Average: 10+5=15, 10+(15+15>>1)=25, 10+(25+20>>1)=32. Paeth: 16, 26, 33.
    expect([...out]).toEqual([10, 15, 20, 15, 25, 32, 16, 26, 33]);
  });

  it('undoes the TIFF predictor for 8-bit components', () => {
    const parms: PdfDict = new Map([
      ['Predictor', 2],
      ['Columns', 3],
      ['Colors', 1],
    ]);
    const out = decode(zlibSync(Uint8Array.from([5, 1, 1, 7, 2, 2])), 'FlateDecode', parms);
    expect([...out]).toEqual([5, 6, 7, 7, 9, 11]);
  });

  it('decodes ASCIIHex and ASCII85', () => {
    expect(text(decode(bytes('48 65 6c 6C 6f>'), 'ASCIIHexDecode'))).toBe('Hello');
    expect(text(decode(bytes('87cURD]i,"Ebo7~>'), 'ASCII85Decode'))).toBe('Hello World');
    expect([...decode(bytes('z~>'), 'A85')]).toEqual([0, 0, 0, 0]);
  });

  it('decodes LZW with and without early change', () => {
    // The example of PDF 32000-1:2008, 7.4.4.2: 45 45 45 45 45 65 45 45 45 66.
    const encoded = Uint8Array.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]);
    expect([...decode(encoded, 'LZWDecode')]).toEqual([45, 45, 45, 45, 45, 65, 45, 45, 45, 66]);
    const parms: PdfDict = new Map([['EarlyChange', 0]]);
    expect([...decode(encoded, 'LZW', parms)]).toEqual([45, 45, 45, 45, 45, 65, 45, 45, 45, 66]);
  });

  it('decodes RunLength data', () => {
    const data = Uint8Array.from([2, 65, 66, 67, 254, 68, 128]);
    expect(text(decode(data, 'RunLengthDecode'))).toBe('ABCDDD');
  });

  it('applies a filter chain in order with its parameter array', () => {
    const inner = zlibSync(bytes('chained'));
    const hex = bytes([...inner].map((b) => b.toString(16).padStart(2, '0')).join('') + '>');
    expect(text(decode(hex, ['ASCIIHexDecode', 'FlateDecode'], [null, null]))).toBe('chained');
  });

  it('refuses image codecs and unknown filters', () => {
    expect(() => decode(bytes('x'), 'DCTDecode')).toThrow(/image filter/);
    expect(() => decode(bytes('x'), 'JBIG2Decode')).toThrow(PdfUnsupported);
    expect(() => decode(bytes('x'), 'Unheard')).toThrow(/unknown filter/);
  });

  it('stops at the per-document budget', () => {
    const budget = new DecodeBudget(1000);
    const bomb = zlibSync(new Uint8Array(600));
    expect(decode(bomb, 'FlateDecode', undefined, budget)).toHaveLength(600);
    expect(() => decode(bomb, 'FlateDecode', undefined, budget)).toThrow(/budget/);
  });

  it('streams large Flate data against the budget instead of inflating it at once', () => {
    const budget = new DecodeBudget(64 * 1024);
    const bomb = zlibSync(new Uint8Array(512 * 1024));
    expect(() => decode(bomb, 'FlateDecode', undefined, budget)).toThrow(/budget/);
  });
});
