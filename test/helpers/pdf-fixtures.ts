/**
 * Builds test PDFs: positioned text (top-left coordinates, like the engine's model), rectangles,
 * images, form fields, and hand-made RC4-encrypted files (pdf-lib cannot encrypt). Shared by the
 * extraction, layout and malicious-input suites.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import {
  PDFDocument,
  StandardFonts,
  TextRenderingMode,
  rgb,
  setTextRenderingMode,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';

export interface TextSpec {
  text: string;
  x: number;
  /** Baseline, measured from the top of the page. */
  y: number;
  size?: number;
  font?: 'regular' | 'bold' | 'italic';
  /** 0..1 each. */
  color?: [number, number, number];
  /** Drawn with text rendering mode 3 (invisible), as OCR layers of scanned pages are. */
  invisible?: boolean;
}

export interface PageSpec {
  width?: number;
  height?: number;
  texts?: TextSpec[];
  /** Filled rectangles (top-left x/y). */
  rects?: Array<{
    x: number;
    y: number;
    width: number;
    height: number;
    color?: [number, number, number];
  }>;
  /** Grey images (top-left x/y), drawn from a generated PNG. */
  images?: Array<{ x: number; y: number; width: number; height: number }>;
  /** Text fields (AcroForm widgets). */
  fields?: Array<{ name: string; x: number; y: number; width: number; height: number }>;
}

export interface PdfSpec {
  pages: PageSpec[];
  title?: string;
  author?: string;
}

export const A4 = { width: 595, height: 842 };

/** The smallest valid PNG: `size`x`size` mid-grey, 8-bit greyscale. */
export function greyPng(size = 8): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size + 1), 0x80);
  for (let r = 0; r < size; r++) rows[r * (size + 1)] = 0;
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

function drawPage(doc: PDFDocument, page: PDFPage, spec: PageSpec, fonts: Record<string, PDFFont>) {
  const height = page.getHeight();
  for (const rect of spec.rects ?? []) {
    const [r, g, b] = rect.color ?? [0, 0, 0];
    page.drawRectangle({
      x: rect.x,
      y: height - rect.y - rect.height,
      width: rect.width,
      height: rect.height,
      color: rgb(r, g, b),
    });
  }
  for (const text of spec.texts ?? []) {
    const [r, g, b] = text.color ?? [0, 0, 0];
    if (text.invisible) page.pushOperators(setTextRenderingMode(TextRenderingMode.Invisible));
    page.drawText(text.text, {
      x: text.x,
      y: height - text.y,
      size: text.size ?? 10,
      font: fonts[text.font ?? 'regular'],
      color: rgb(r, g, b),
    });
    if (text.invisible) page.pushOperators(setTextRenderingMode(TextRenderingMode.Fill));
  }
  return doc;
}

export async function buildPdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (spec.title) doc.setTitle(spec.title);
  if (spec.author) doc.setAuthor(spec.author);
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
  };
  const png = spec.pages.some((p) => p.images?.length) ? await doc.embedPng(greyPng()) : undefined;
  const form = doc.getForm();
  for (const pageSpec of spec.pages) {
    const page = doc.addPage([pageSpec.width ?? A4.width, pageSpec.height ?? A4.height]);
    const height = page.getHeight();
    for (const image of pageSpec.images ?? []) {
      page.drawImage(png!, {
        x: image.x,
        y: height - image.y - image.height,
        width: image.width,
        height: image.height,
      });
    }
    drawPage(doc, page, pageSpec, fonts);
    for (const field of pageSpec.fields ?? []) {
      form.createTextField(field.name).addToPage(page, {
        x: field.x,
        y: height - field.y - field.height,
        width: field.width,
        height: field.height,
      });
    }
  }
  return doc.save({ useObjectStreams: false });
}

/** Text lines down a page, one every `leading` points from `top`. */
export function column(
  lines: string[],
  options: { x: number; top: number; leading?: number; size?: number; font?: TextSpec['font'] },
): TextSpec[] {
  const leading = options.leading ?? 14;
  return lines.map((text, i) => ({
    text,
    x: options.x,
    y: options.top + i * leading,
    size: options.size,
    font: options.font,
  }));
}

/** Each character placed separately, `tracking` points apart: letter-spaced display text. */
export function letterSpaced(
  text: string,
  options: { x: number; y: number; size?: number; tracking?: number; wordGap?: number },
): TextSpec[] {
  const size = options.size ?? 12;
  const advance = size * 0.72 + (options.tracking ?? 4);
  const specs: TextSpec[] = [];
  let x = options.x;
  for (const char of text) {
    if (char === ' ') {
      x += options.wordGap ?? size * 1.2;
      continue;
    }
    specs.push({ text: char, x, y: options.y, size, font: 'bold' });
    x += advance;
  }
  return specs;
}

// --- Hand-made encryption (Standard security handler, RC4 40-bit, revision 2) ---

const PASSWORD_PADDING = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
);

function md5(...parts: Buffer[]): Buffer {
  const hash = createHash('md5');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let n = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

function pad(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PADDING]).subarray(0, 32);
}

/**
 * A one-page PDF showing `text`, encrypted per PDF 1.4 Algorithms 1-4 (RC4, 40-bit). With an empty
 * `userPassword` anyone can open it (owner-password protection only); otherwise a password is
 * required to read it.
 */
export function buildEncryptedPdf(options: {
  text: string;
  userPassword: string;
  ownerPassword: string;
}): Uint8Array {
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const permissions = -4;
  const ownerKey = md5(pad(options.ownerPassword || options.userPassword)).subarray(0, 5);
  const o = rc4(ownerKey, pad(options.userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(pad(options.userPassword), o, p, id).subarray(0, 5);
  const u = rc4(key, PASSWORD_PADDING);
  const objectKey = (num: number) =>
    md5(key, Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0])).subarray(
      0,
      10,
    );
  const content = rc4(
    objectKey(4),
    Buffer.from(`BT /F1 14 Tf 72 720 Td (${options.text}) Tj ET`, 'latin1'),
  );
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${permissions} >>`,
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const num = index + 1;
    const part =
      body === null
        ? Buffer.concat([
            Buffer.from(`${num} 0 obj\n<< /Length ${content.length} >>\nstream\n`, 'latin1'),
            content,
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ])
        : Buffer.from(`${num} 0 obj\n${body}\nendobj\n`, 'latin1');
    chunks.push(part);
    length += part.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>`,
    'startxref',
    String(length),
    '%%EOF',
  ].join('\n');
  chunks.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}
