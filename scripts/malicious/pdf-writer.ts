/**
 * A minimal raw PDF writer: numbered objects in, a file with a correct xref table out. Raw syntax
 * makes malformed files easy: every part can be replaced or broken on purpose.
 */
import { concatBytes, latin1 } from './case.js';

export type PdfObject = string | Uint8Array;

export interface PdfLayout {
  /** Object bodies (without "n 0 obj" / "endobj"), numbered from 1 in order. */
  objects: PdfObject[];
  /** Extra trailer entries, e.g. "/Encrypt 5 0 R /ID [<..> <..>]". */
  trailerExtra?: string;
  /** Replaces the computed xref offsets (to corrupt them). */
  mapOffset?: (offset: number, objectNumber: number) => number;
  header?: string;
}

/** A stream object body with a correct /Length. */
export function stream(dict: string, data: PdfObject): Uint8Array {
  const bytes = typeof data === 'string' ? latin1(data) : data;
  return concatBytes([
    latin1(`<< ${dict} /Length ${bytes.length} >>\nstream\n`),
    bytes,
    latin1('\nendstream'),
  ]);
}

export function buildPdf(layout: PdfLayout): Uint8Array {
  const parts: Uint8Array[] = [latin1(layout.header ?? '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  layout.objects.forEach((body, index) => {
    offsets.push(length);
    const bytes = concatBytes([
      latin1(`${index + 1} 0 obj\n`),
      typeof body === 'string' ? latin1(body) : body,
      latin1('\nendobj\n'),
    ]);
    parts.push(bytes);
    length += bytes.length;
  });
  const mapOffset = layout.mapOffset ?? ((offset: number) => offset);
  const rows = offsets.map(
    (offset, index) => `${String(mapOffset(offset, index + 1)).padStart(10, '0')} 00000 n \n`,
  );
  const xref = `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${rows.join('')}`;
  const trailer = `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R ${layout.trailerExtra ?? ''} >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(latin1(xref + trailer));
  return concatBytes(parts);
}

/** A one-page resume PDF in raw syntax: catalog, pages, page, font, content. */
export function simpleResumeObjects(content = RESUME_CONTENT): PdfObject[] {
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    stream('', content),
  ];
}

export const RESUME_CONTENT = [
  'BT /F1 18 Tf 72 720 Td (Jane Smith) Tj ET',
  'BT /F1 10 Tf 72 700 Td (jane.smith@example.com  +1 415 555 0100) Tj ET',
  'BT /F1 12 Tf 72 670 Td (EXPERIENCE) Tj ET',
  'BT /F1 10 Tf 72 652 Td (Software Engineer, Acme Corp, Jan 2020 - Present) Tj ET',
  'BT /F1 12 Tf 72 620 Td (EDUCATION) Tj ET',
  'BT /F1 10 Tf 72 602 Td (Stanford University, BSc Computer Science, 2015 - 2019) Tj ET',
].join('\n');
