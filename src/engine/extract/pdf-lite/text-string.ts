/** PDF text strings (PDF 32000-1:2008, 7.9.2.2) decoded as pdf.js's stringToPDFString does. */

/**
 * PDFDocEncoding's differences from Latin-1 (PDF 32000-1:2008, Annex D, table D.2), the values
 * of pdf.js's PDFStringTranslateTable (Apache-2.0), as code, Unicode pairs.
 */
const PDF_DOC_PAIRS = [
  24, 0x2d8, 25, 0x2c7, 26, 0x2c6, 27, 0x2d9, 28, 0x2dd, 29, 0x2db, 30, 0x2da, 31, 0x2dc, 128,
  0x2022, 129, 0x2020, 130, 0x2021, 131, 0x2026, 132, 0x2014, 133, 0x2013, 134, 0x192, 135, 0x2044,
  136, 0x2039, 137, 0x203a, 138, 0x2212, 139, 0x2030, 140, 0x201e, 141, 0x201c, 142, 0x201d, 143,
  0x2018, 144, 0x2019, 145, 0x201a, 146, 0x2122, 147, 0xfb01, 148, 0xfb02, 149, 0x141, 150, 0x152,
  151, 0x160, 152, 0x178, 153, 0x17d, 154, 0x131, 155, 0x142, 156, 0x153, 157, 0x161, 158, 0x17e,
  160, 0x20ac,
];
const PDF_DOC_ENCODING = new Map<number, number>();
for (let i = 0; i < PDF_DOC_PAIRS.length; i += 2)
  PDF_DOC_ENCODING.set(PDF_DOC_PAIRS[i]!, PDF_DOC_PAIRS[i + 1]!);

/** Drops ESC-delimited language escapes (7.9.2.2), as pdf.js does. */
function withoutEscapes(text: string): string {
  let at = text.indexOf('\x1b');
  if (at < 0) return text;
  let out = '';
  let from = 0;
  while (at >= 0) {
    out += text.slice(from, at);
    const close = text.indexOf('\x1b', at + 1);
    if (close < 0) return out;
    from = close + 1;
    at = text.indexOf('\x1b', from);
  }
  return out + text.slice(from);
}

/** A PDF text string (7.9.2.2): UTF-16BE/LE or UTF-8 with a byte-order mark, else PDFDocEncoding. */
export function decodeTextString(bytes: Uint8Array, keepEscapes = false): string {
  const [b0, b1, b2] = bytes;
  let encoding: string | undefined;
  let body = bytes;
  if (b0 === 0xfe && b1 === 0xff) encoding = 'utf-16be';
  else if (b0 === 0xff && b1 === 0xfe) encoding = 'utf-16le';
  else if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) encoding = 'utf-8';
  if (encoding) {
    if (encoding !== 'utf-8' && bytes.length % 2 === 1) body = bytes.subarray(0, -1);
    try {
      // The decoder strips the byte-order mark itself.
      const decoded = new TextDecoder(encoding, { fatal: true }).decode(body);
      return keepEscapes ? decoded : withoutEscapes(decoded);
    } catch {
      // Invalid data: read the bytes as PDFDocEncoding below, like pdf.js.
    }
  }
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 0x1b && !keepEscapes) {
      while (++i < bytes.length && bytes[i] !== 0x1b);
      continue;
    }
    out += String.fromCharCode(PDF_DOC_ENCODING.get(c) ?? c);
  }
  return out;
}
