/**
 * Magic numbers of common file types that are not resumes we read. Naming what a file really is
 * lets the error say "this is a PNG image" instead of "unsupported".
 * Sources: https://en.wikipedia.org/wiki/List_of_file_signatures, WHATWG MIME Sniffing.
 */

interface Signature {
  detected: string;
  offset?: number;
  bytes: Array<number | null>;
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

const SIGNATURES: Signature[] = [
  { detected: 'png', bytes: [0x89, ...ascii('PNG\r\n\x1a\n')] },
  { detected: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { detected: 'gif', bytes: ascii('GIF8') },
  { detected: 'webp', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { detected: 'tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { detected: 'tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { detected: 'bmp', bytes: [...ascii('BM'), null, null, null, null, 0, 0, 0, 0] },
  { detected: 'ico', bytes: [0, 0, 1, 0] },
  { detected: 'psd', bytes: ascii('8BPS') },
  { detected: 'elf', bytes: [0x7f, ...ascii('ELF')] },
  { detected: 'pe-executable', bytes: ascii('MZ') },
  { detected: 'mach-o', bytes: [0xfe, 0xed, 0xfa, 0xce] },
  { detected: 'mach-o', bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { detected: 'mach-o', bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { detected: 'mach-o', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { detected: 'mach-o', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { detected: 'wasm', bytes: [0, ...ascii('asm')] },
  { detected: 'gzip', bytes: [0x1f, 0x8b] },
  { detected: '7z', bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c] },
  { detected: 'rar', bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { detected: 'bzip2', bytes: ascii('BZh') },
  { detected: 'xz', bytes: [0xfd, ...ascii('7zXZ'), 0] },
  { detected: 'zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { detected: 'sqlite', bytes: ascii('SQLite format 3\0') },
  { detected: 'postscript', bytes: ascii('%!PS') },
  { detected: 'ogg', bytes: ascii('OggS') },
  { detected: 'mp3', bytes: ascii('ID3') },
  { detected: 'flac', bytes: ascii('fLaC') },
  { detected: 'wav', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WAVE')] },
  { detected: 'avi', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('AVI ')] },
  { detected: 'djvu', bytes: ascii('AT&TFORM') },
];

const HEIF_BRANDS = new Set([
  'heic',
  'heix',
  'hevc',
  'hevx',
  'heim',
  'heis',
  'mif1',
  'msf1',
  'avif',
]);

/**
 * Binary signatures only: a text file starting with "MZ" or "BZh" still decodes as text later,
 * so those two also require a binary byte nearby.
 */
export function detectBinarySignature(bytes: Uint8Array): string | undefined {
  for (const signature of SIGNATURES) {
    const offset = signature.offset ?? 0;
    const matches = signature.bytes.every((b, i) => b === null || bytes[offset + i] === b);
    if (!matches) continue;
    if (
      (signature.detected === 'pe-executable' || signature.detected === 'bzip2') &&
      !hasBinaryByte(bytes)
    )
      continue;
    return signature.detected;
  }
  return detectIsoMedia(bytes);
}

/** ISO base media files (HEIC, AVIF, MP4) carry `ftyp` and a brand at offset 4. */
function detectIsoMedia(bytes: Uint8Array): string | undefined {
  if (bytes.length < 12 || String.fromCharCode(...bytes.subarray(4, 8)) !== 'ftyp')
    return undefined;
  const brand = String.fromCharCode(...bytes.subarray(8, 12));
  return HEIF_BRANDS.has(brand) ? (brand === 'avif' ? 'avif' : 'heic') : 'iso-media';
}

function hasBinaryByte(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 512);
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) return true;
  }
  return false;
}

/** Markup and other text-based formats, judged from the first characters after a BOM. */
export function detectTextFormat(text: string): string | undefined {
  const head = text
    .slice(0, 1024)
    .replace(/^\ufeff/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (/^<!doctype\s+html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(head)) return 'html';
  if (head.startsWith('<svg')) return 'svg';
  if (head.startsWith('<?xml')) {
    if (head.includes('<html')) return 'html';
    if (head.includes('<svg')) return 'svg';
    if (head.includes('office:document')) return 'opendocument-flat-xml';
    if (head.includes('w:worddocument') || head.includes('pkg:package')) return 'word-xml';
    return 'xml';
  }
  if (head.startsWith('%!ps')) return 'postscript';
  return undefined;
}
