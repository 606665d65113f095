/**
 * Finds a file's real type from its bytes, never from its name, and checks the caller's declared
 * name or media type against it. Containers are opened just enough to tell DOCX from ODT, XLSX
 * or a plain ZIP, and a Word .doc from other OLE2 files.
 */
import { EngineError } from '../errors.js';
import type { DocumentFormat } from '../model/document.js';
import type { ExtractOptions } from '../options.js';
import { CFB_SIGNATURE, openCompoundFile } from './cfb.js';
import { looksLikeMarkdown } from './markdown.js';
import { detectBinarySignature, detectTextFormat } from './sniff-signatures.js';
import { decodeText } from './text-decode.js';
import { openZip } from './zip.js';

/** Sniffing only lists names; extraction enforces the caller's real limits afterwards. */
const LISTING_LIMITS = {
  maxZipEntries: 65535,
  maxZipEntryBytes: Number.MAX_SAFE_INTEGER,
  maxZipTotalBytes: Number.MAX_SAFE_INTEGER,
  maxZipRatio: Number.MAX_SAFE_INTEGER,
};

export function sniffType(bytes: Uint8Array): DocumentFormat {
  if (bytes.length === 0) throw new EngineError('EMPTY_FILE');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return sniffZip(bytes);
  }
  if (startsWith(bytes, CFB_SIGNATURE)) return sniffCompoundFile(bytes);
  if (findAscii(bytes, '%PDF-', 1024) >= 0) return 'pdf';
  const binary = detectBinarySignature(bytes);
  if (binary) throw unsupported(binary);
  const decoded = decodeText(bytes);
  if (!decoded) throw unsupported('binary');
  const textFormat = detectTextFormat(decoded.text);
  if (textFormat) throw unsupported(textFormat);
  return looksLikeMarkdown(decoded.text) ? 'md' : 'txt';
}

function sniffZip(bytes: Uint8Array): DocumentFormat {
  let names: Set<string>;
  try {
    names = new Set(
      openZip(bytes, LISTING_LIMITS).entries.map((entry) => entry.name.toLowerCase()),
    );
  } catch (error) {
    // A broken archive whose first entry is an OOXML part is a damaged Word file, not "a zip".
    if (error instanceof EngineError && looksLikeOoxmlStart(bytes)) throw error;
    throw unsupported('zip');
  }
  if (names.has('[content_types].xml') && names.has('word/document.xml')) return 'docx';
  throw unsupported(describeZip(bytes, names));
}

function describeZip(bytes: Uint8Array, names: Set<string>): string {
  const mimetype = storedMimetype(bytes);
  if (mimetype === 'application/epub+zip') return 'epub';
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.')) {
    return `opendocument-${mimetype.split('.').pop() ?? 'unknown'}`;
  }
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  if (names.has('content.xml') && names.has('meta-inf/manifest.xml')) return 'opendocument';
  if (names.has('meta-inf/manifest.mf')) return 'jar';
  if (names.has('[content_types].xml')) return 'ooxml';
  return 'zip';
}

/** ODF and EPUB store `mimetype` uncompressed as the first entry so it can be read in place. */
function storedMimetype(bytes: Uint8Array): string | undefined {
  if (bytes.length < 38) return undefined;
  const nameLength = bytes[26]! | (bytes[27]! << 8);
  const extraLength = bytes[28]! | (bytes[29]! << 8);
  const name = String.fromCharCode(...bytes.subarray(30, 30 + nameLength));
  if (name !== 'mimetype' || bytes[8] !== 0) return undefined;
  const size = bytes[18]! | (bytes[19]! << 8);
  const start = 30 + nameLength + extraLength;
  return String.fromCharCode(...bytes.subarray(start, start + Math.min(size, 100)));
}

function looksLikeOoxmlStart(bytes: Uint8Array): boolean {
  const nameLength = bytes.length >= 30 ? bytes[26]! | (bytes[27]! << 8) : 0;
  const name = String.fromCharCode(...bytes.subarray(30, 30 + Math.min(nameLength, 64)));
  return /^(\[Content_Types\]\.xml|word\/|_rels\/|docProps\/)/.test(name);
}

function sniffCompoundFile(bytes: Uint8Array): DocumentFormat {
  let names: string[];
  try {
    names = openCompoundFile(bytes).rootNames;
  } catch (error) {
    if (error instanceof EngineError) throw error;
    throw new EngineError('DOC_CORRUPT', { reason: 'unreadable-container' }, { cause: error });
  }
  if (names.includes('WordDocument')) return 'doc';
  // Password-protected DOCX/XLSX files are OLE2 containers with an encrypted package inside.
  if (names.includes('EncryptedPackage'))
    throw new EngineError('WORD_PASSWORD_REQUIRED', { format: 'ooxml' });
  if (names.includes('Workbook') || names.includes('Book')) throw unsupported('xls');
  if (names.includes('PowerPoint Document')) throw unsupported('ppt');
  if (names.some((name) => name.startsWith('__substg1.0_'))) throw unsupported('msg');
  throw unsupported('ole2');
}

function unsupported(detected: string): EngineError {
  return new EngineError('UNSUPPORTED_TYPE', { detected });
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function findAscii(bytes: Uint8Array, needle: string, within: number): number {
  const end = Math.min(bytes.length, within) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++)
      if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

const EXTENSIONS: Record<string, DocumentFormat> = {
  pdf: 'pdf',
  docx: 'docx',
  docm: 'docx',
  dotx: 'docx',
  doc: 'doc',
  dot: 'doc',
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  mdown: 'md',
};

const MEDIA_TYPES: Record<string, DocumentFormat> = {
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-word.document.macroenabled.12': 'docx',
  'application/msword': 'doc',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/x-markdown': 'md',
};

/**
 * Formats that are the same family to a person: Markdown is text, and Word opens a DOCX saved
 * as .doc (and the reverse) without complaint, so renaming between them is not a mismatch.
 */
const FAMILY: Record<DocumentFormat, string> = {
  pdf: 'pdf',
  docx: 'word',
  doc: 'word',
  txt: 'text',
  md: 'text',
};

export function assertDeclaredTypeMatches(format: DocumentFormat, options: ExtractOptions): void {
  const byName = declaredFromName(options.declaredName);
  const byMediaType = declaredFromMediaType(options.declaredMediaType);
  for (const declared of [byName, byMediaType]) {
    if (declared && FAMILY[declared] !== FAMILY[format]) {
      throw new EngineError('TYPE_MISMATCH', { declared, detected: format });
    }
  }
}

function declaredFromName(name: string | undefined): DocumentFormat | undefined {
  const match = name ? /\.([A-Za-z0-9]+)$/.exec(name.trim()) : null;
  return match ? EXTENSIONS[match[1]!.toLowerCase()] : undefined;
}

function declaredFromMediaType(mediaType: string | undefined): DocumentFormat | undefined {
  const essence = mediaType?.split(';')[0]?.trim().toLowerCase();
  return essence ? MEDIA_TYPES[essence] : undefined;
}
