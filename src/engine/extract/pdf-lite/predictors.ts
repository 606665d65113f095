/**
 * Predictors of Flate and LZW streams (PDF 32000-1:2008, 7.4.4.4): PNG row filters and TIFF
 * predictor 2, as xref streams and some producers' content use them.
 */
import { PdfUnsupported, type PdfDict } from './objects.js';

export function numberParam(parms: PdfDict | undefined, key: string, fallback: number): number {
  const value = parms?.get(key);
  return typeof value === 'number' && Number.isInteger(value) ? value : fallback;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** PNG predictors (Predictor >= 10): every row starts with its own filter-type byte. */
function unpredictPng(data: Uint8Array, bpp: number, rowBytes: number): Uint8Array {
  const rows = Math.floor(data.length / (rowBytes + 1));
  const out = new Uint8Array(rows * rowBytes);
  let src = 0;
  for (let row = 0; row < rows; row++) {
    const type = data[src++]!;
    const at = row * rowBytes;
    const up = at - rowBytes;
    for (let i = 0; i < rowBytes; i++) {
      const x = data[src++]!;
      const left = i >= bpp ? out[at + i - bpp]! : 0;
      const above = row > 0 ? out[up + i]! : 0;
      let value: number;
      switch (type) {
        case 0:
          value = x;
          break;
        case 1:
          value = x + left;
          break;
        case 2:
          value = x + above;
          break;
        case 3:
          value = x + ((left + above) >> 1);
          break;
        case 4:
          value = x + paeth(left, above, i >= bpp && row > 0 ? out[up + i - bpp]! : 0);
          break;
        default:
          throw new PdfUnsupported(`PNG predictor type ${type}`);
      }
      out[at + i] = value & 0xff;
    }
  }
  return out;
}

/** TIFF predictor 2 for 8-bit components: each byte is a difference to the pixel on its left. */
function unpredictTiff(data: Uint8Array, bpp: number, rowBytes: number): Uint8Array {
  const out = data.slice(0, data.length - (data.length % rowBytes));
  for (let at = 0; at < out.length; at += rowBytes) {
    for (let i = bpp; i < rowBytes; i++) out[at + i] = (out[at + i]! + out[at + i - bpp]!) & 0xff;
  }
  return out;
}

export function unpredict(data: Uint8Array, parms: PdfDict | undefined): Uint8Array {
  const predictor = numberParam(parms, 'Predictor', 1);
  if (predictor <= 1) return data;
  const colors = numberParam(parms, 'Colors', 1);
  const bits = numberParam(parms, 'BitsPerComponent', 8);
  const columns = numberParam(parms, 'Columns', 1);
  if (
    colors < 1 ||
    colors > 32 ||
    columns < 1 ||
    columns > 1 << 20 ||
    ![1, 2, 4, 8, 16].includes(bits)
  )
    throw new PdfUnsupported('bad predictor parameters');
  const bpp = Math.max(1, (colors * bits) >> 3);
  const rowBytes = (columns * colors * bits + 7) >> 3;
  if (predictor >= 10) return unpredictPng(data, bpp, rowBytes);
  if (predictor === 2 && bits === 8) return unpredictTiff(data, bpp, rowBytes);
  throw new PdfUnsupported(`predictor ${predictor} with ${bits} bits per component`);
}
