/** Document information (Info dictionary, falling back to XMP) and security facts from pdf.js. */
import { PDFDateString, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentMetadata } from '../model/document.js';

interface InfoDictionary {
  Title?: unknown;
  Author?: unknown;
  Creator?: unknown;
  Producer?: unknown;
  CreationDate?: unknown;
  ModDate?: unknown;
  Language?: unknown;
  EncryptFilterName?: unknown;
  IsXFAPresent?: unknown;
}

/** Metadata values are attacker-controlled: keep them short and printable. */
function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\p{Cc}+/gu, ' ').trim();
  return text ? text.slice(0, 500) : undefined;
}

/** "D:20200101120000+01'00'" -> ISO 8601, or undefined when the string is not a PDF date. */
function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const date = PDFDateString.toDateObject(value);
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

function withoutEmpty(metadata: DocumentMetadata): DocumentMetadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined));
}

export async function readMetadata(doc: PDFDocumentProxy) {
  const { info, metadata: xmp } = await doc.getMetadata();
  const dict = (info ?? {}) as InfoDictionary;
  const fromXmp = (key: string) => clean(xmp?.get(key));
  const metadata = withoutEmpty({
    title: clean(dict.Title) ?? fromXmp('dc:title'),
    author: clean(dict.Author) ?? fromXmp('dc:creator'),
    creator: clean(dict.Creator) ?? fromXmp('xmp:creatortool'),
    producer: clean(dict.Producer) ?? fromXmp('pdf:producer'),
    created: toIsoDate(dict.CreationDate),
    modified: toIsoDate(dict.ModDate),
    language: clean(dict.Language),
  });
  return {
    metadata,
    isEncrypted: typeof dict.EncryptFilterName === 'string',
    hasXfa: dict.IsXFAPresent === true,
  };
}
