/**
 * Decides whether bytes are readable text and decodes them: UTF-8 (strict), UTF-16 with or
 * without a byte order mark, else Windows-1252 (the WHATWG meaning of "Latin-1"). Shared by the
 * sniffer and the text extractor so both reach the same verdict.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the bytes were not valid UTF-8 or UTF-16 and Windows-1252 was assumed. */
  isFallback: boolean;
}

/** Above this share of control or replacement characters the bytes are data, not text. */
const MAX_CONTROL_SHARE = 0.02;

export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  const decoded = decodeByEncoding(bytes);
  return decoded && isPlausibleText(decoded.text) ? decoded : undefined;
}

function decodeByEncoding(bytes: Uint8Array): DecodedText | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3)) ?? fallback(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const bomless = guessBomlessUtf16(bytes);
  if (bomless) return utf16(bytes, bomless);
  if (bytes.includes(0)) return undefined;
  return decodeUtf8(bytes) ?? fallback(bytes);
}

function decodeUtf8(bytes: Uint8Array): DecodedText | undefined {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      isFallback: false,
    };
  } catch {
    return undefined;
  }
}

function fallback(bytes: Uint8Array): DecodedText {
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', isFallback: true };
}

/** Windows-1252 code points for bytes 0x80..0x9F; the five undefined bytes map to themselves. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decoded by hand: Node's TextDecoder treats "windows-1252" as ISO-8859-1 and turns smart quotes
 * and dashes (0x80..0x9F) into control characters, unlike browsers.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes = Array.from(bytes.subarray(start, start + chunk), (b) =>
      b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  return { text: new TextDecoder(encoding).decode(bytes), encoding, isFallback: false };
}

/**
 * Mostly-Latin UTF-16 without a BOM has a zero in nearly every other byte; which half holds the
 * zeros tells the byte order.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length, 1024) & ~1;
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function isPlausibleText(text: string): boolean {
  if (text.trim().length === 0) return false;
  let suspicious = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isControl =
      code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c;
    if (
      isControl ||
      code === 0x7f ||
      (code >= 0x80 && code < 0xa0) ||
      code === 0xfffd ||
      code === 0
    )
      suspicious++;
  }
  return suspicious <= text.length * MAX_CONTROL_SHARE;
}
