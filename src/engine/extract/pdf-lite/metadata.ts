/**
 * Document information for the lite reader, the same values pdfjs-metadata.ts derives from
 * pdf.js: the Info dictionary's text strings, the catalog's /Lang, XMP as a fallback (read the
 * way pdf.js's MetadataParser reads it), and whether an XFA form is present.
 */
import type { DocumentMetadata } from '../../model/document.js';
import { PdfStream, isBytes, isDict, type PdfDict, type PdfResolver } from './objects.js';
import { decodeTextString } from './text-string.js';
import { readXmp } from './xmp.js';

/** Metadata values are attacker-controlled: keep them short and printable (as pdfjs-metadata.ts). */
function clean(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\p{Cc}+/gu, ' ').trim();
  return text ? text.slice(0, 500) : undefined;
}

const DATE = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Z|+|-])?(\d{2})?'?(\d{2})?'?/;

/** A PDF date as pdf.js's PDFDateString.toDateObject reads it, in ISO 8601. */
export function toIsoDate(value: string | undefined): string | undefined {
  const match = value === undefined ? null : DATE.exec(value);
  if (!match) return undefined;
  const field = (index: number, min: number, max: number, fallback: number) => {
    const n = parseInt(match[index] ?? '', 10);
    return n >= min && n <= max ? n : fallback;
  };
  const year = parseInt(match[1]!, 10);
  const month = field(2, 1, 12, 1) - 1;
  const day = field(3, 1, 31, 1);
  let hour = field(4, 0, 23, 0);
  let minute = field(5, 0, 59, 0);
  const second = field(6, 0, 59, 0);
  const relation = match[7] ?? 'Z';
  const offsetHour = field(8, 0, 23, 0);
  const offsetMinute = field(9, 0, 59, 0);
  if (relation === '-') {
    hour += offsetHour;
    minute += offsetMinute;
  } else if (relation === '+') {
    hour -= offsetHour;
    minute -= offsetMinute;
  }
  const date = new Date(Date.UTC(year, month, day, hour, minute, second));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function readInfo(resolver: PdfResolver, trailer: PdfDict) {
  const info = resolver.resolve(trailer.get('Info'));
  const text = (key: string) => {
    if (!isDict(info)) return undefined;
    const value = resolver.resolve(info.get(key));
    return isBytes(value) ? decodeTextString(value) : undefined;
  };
  return text;
}

function readXmpMap(resolver: PdfResolver, catalog: PdfDict): Map<string, string | string[]> {
  const stream = catalog.get('Metadata');
  const resolved = resolver.resolve(stream);
  if (!(resolved instanceof PdfStream)) return new Map();
  const { dict } = resolved;
  if (
    resolver.resolve(dict.get('Type')) !== 'Metadata' ||
    resolver.resolve(dict.get('Subtype')) !== 'XML'
  )
    return new Map();
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(resolver.decode(resolved));
    return readXmp(text);
  } catch {
    // pdf.js skips metadata it cannot decode; an exhausted budget will stop the next decode.
    return new Map();
  }
}

function hasXfa(resolver: PdfResolver, catalog: PdfDict): boolean {
  const form = resolver.resolve(catalog.get('AcroForm'));
  if (!isDict(form)) return false;
  const xfa = resolver.resolve(form.get('XFA'));
  if (Array.isArray(xfa)) return xfa.length > 0;
  if (!(xfa instanceof PdfStream)) return false;
  try {
    return resolver.decode(xfa).length > 0;
  } catch {
    return xfa.raw.length > 0;
  }
}

export function readLiteMetadata(
  resolver: PdfResolver,
  trailer: PdfDict,
  catalog: PdfDict,
): { metadata: DocumentMetadata; isEncrypted: boolean; hasXfa: boolean } {
  const info = readInfo(resolver, trailer);
  let xmp: Map<string, string | string[]> | undefined;
  const fromXmp = (key: string) => {
    xmp ??= readXmpMap(resolver, catalog);
    const value = xmp.get(key);
    return typeof value === 'string' ? clean(value) : undefined;
  };
  const lang = resolver.resolve(catalog.get('Lang'));
  const entries: DocumentMetadata = {
    title: clean(info('Title')) ?? fromXmp('dc:title'),
    author: clean(info('Author')) ?? fromXmp('dc:creator'),
    creator: clean(info('Creator')) ?? fromXmp('xmp:creatortool'),
    producer: clean(info('Producer')) ?? fromXmp('pdf:producer'),
    created: toIsoDate(info('CreationDate')),
    modified: toIsoDate(info('ModDate')),
    language: isBytes(lang) && lang.length > 0 ? clean(decodeTextString(lang)) : undefined,
  };
  const metadata = Object.fromEntries(
    Object.entries(entries).filter(([, value]) => value !== undefined),
  ) as DocumentMetadata;
  // Encrypted files never reach here: openLiteDocument refuses them and pdf.js reads them instead.
  return { metadata, isEncrypted: false, hasXfa: hasXfa(resolver, catalog) };
}
