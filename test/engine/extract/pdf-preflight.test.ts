import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { preflightPdf } from '../../../src/engine/extract/pdf-preflight.js';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

function pdfWithStream(filter: string, data: Uint8Array, eol = '\n'): Uint8Array {
  const head = latin1(
    `%PDF-1.7\n5 0 obj\n<< /Filter ${filter} /Length ${data.length} >>\nstream${eol}`,
  );
  const tail = latin1('\nendstream\nendobj\n%%EOF\n');
  const out = new Uint8Array(head.length + data.length + tail.length);
  out.set(head, 0);
  out.set(data, head.length);
  out.set(tail, head.length + data.length);
  return out;
}

const spaces = (n: number) => new Uint8Array(n).fill(0x20);
const small = { maxStreamBytes: 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024 };

describe('PDF decompression-bomb preflight', () => {
  it('accepts a stream that inflates within the limits', () => {
    const pdf = pdfWithStream('/FlateDecode', zlibSync(spaces(512 * 1024)));
    expect(() => preflightPdf(pdf, undefined, small)).not.toThrow();
  });

  it('rejects a stream that inflates past the per-stream cap', () => {
    const pdf = pdfWithStream('/FlateDecode', zlibSync(spaces(3 * 1024 * 1024)));
    expect(() => preflightPdf(pdf, undefined, small)).toThrow(
      expect.objectContaining({ code: 'ARCHIVE_LIMIT_EXCEEDED' }),
    );
  });

  it('rejects a doubly compressed bomb whose outer layer is tiny', () => {
    const inner = zlibSync(spaces(8 * 1024 * 1024), { level: 9 });
    const pdf = pdfWithStream('[/FlateDecode /FlateDecode]', zlibSync(inner, { level: 9 }));
    expect(pdf.length).toBeLessThan(1024);
    expect(() => preflightPdf(pdf, undefined, small)).toThrow(
      expect.objectContaining({ code: 'ARCHIVE_LIMIT_EXCEEDED' }),
    );
  });

  it('counts many small streams against the total cap', () => {
    const one = zlibSync(spaces(900 * 1024));
    const parts = Array.from({ length: 6 }, () => pdfWithStream('/FlateDecode', one));
    const pdf = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (pdf.set(p, at), at + p.length), 0);
    expect(() => preflightPdf(pdf, undefined, small)).toThrow(
      expect.objectContaining({ code: 'ARCHIVE_LIMIT_EXCEEDED' }),
    );
  });

  it('finds a stream after CRLF behind megabytes of padding and binary data', () => {
    const bomb = pdfWithStream('/FlateDecode', zlibSync(spaces(3 * 1024 * 1024)), '\r\n');
    const padding = new Uint8Array(4 * 1024 * 1024).fill(0x9c);
    const pdf = new Uint8Array(padding.length + bomb.length);
    pdf.set(padding);
    pdf.set(bomb, padding.length);
    expect(() => preflightPdf(pdf, undefined, small)).toThrow(
      expect.objectContaining({ code: 'ARCHIVE_LIMIT_EXCEEDED' }),
    );
  });

  it('leaves damaged streams to the PDF reader', () => {
    const pdf = pdfWithStream(
      '/FlateDecode',
      latin1('x\u009cnot really deflate data'.repeat(4000)),
    );
    expect(() => preflightPdf(pdf, undefined, small)).not.toThrow();
  });

  it('passes real resumes', () => {
    const bytes = readFileSync(
      join(import.meta.dirname, '../../fixtures/corpus/deedy-openfont.pdf'),
    );
    expect(() => preflightPdf(bytes)).not.toThrow();
  });
});
