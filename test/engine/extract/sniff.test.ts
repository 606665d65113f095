import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assertDeclaredTypeMatches, sniffType } from '../../../src/engine/extract/sniff.js';
import { buildDocx, paragraph } from '../../helpers/docx-fixtures.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url)));

function errorOf(action: () => unknown): { code?: string; details?: Record<string, unknown> } {
  try {
    action();
  } catch (error) {
    return error as { code: string; details: Record<string, unknown> };
  }
  return {};
}

describe('sniffType', () => {
  it('recognises PDF, DOCX, DOC, text and Markdown from the bytes', () => {
    expect(sniffType(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('pdf');
    expect(sniffType(utf8(`${' '.repeat(500)}%PDF-1.4`))).toBe('pdf');
    expect(sniffType(buildDocx({ body: paragraph('x') }))).toBe('docx');
    expect(sniffType(fixture('resume-libreoffice.docx'))).toBe('docx');
    expect(sniffType(fixture('resume-libreoffice.doc'))).toBe('doc');
    expect(sniffType(utf8('Jane Doe\njane@example.com\n- Built things\n- Shipped'))).toBe('txt');
    expect(sniffType(utf8('# Jane Doe\n\n## Experience\n- Built things'))).toBe('md');
    expect(sniffType(utf8('Jane Doe\nSee [my site](https://jane.dev)\n- item'))).toBe('md');
  });

  it('does not call dashed bullets and underlines Markdown on their own', () => {
    expect(sniffType(utf8('EXPERIENCE\n----------\n- one\n- two\n* three'))).toBe('txt');
  });

  it('reads UTF-16 text with a byte order mark', () => {
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...[...'Jane Doe\nEngineer'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(sniffType(bytes)).toBe('txt');
  });

  it.each([
    ['png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16])],
    ['elf', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0])],
    ['pe-executable', new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])],
    ['gzip', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0])],
    ['heic', new Uint8Array([0, 0, 0, 24, ...utf8('ftypheic'), 0, 0, 0, 0])],
    ['rtf', utf8('{\\rtf1\\ansi\\deff0 {\\fonttbl}}')],
    ['html', utf8('<!DOCTYPE html><html><body>Resume</body></html>')],
    ['binary', new Uint8Array(256).map((_, i) => (i * 91 + 7) % 256)],
  ])('rejects %s as UNSUPPORTED_TYPE', (detected, bytes) => {
    const error = errorOf(() => sniffType(bytes));
    expect(error.code).toBe('UNSUPPORTED_TYPE');
    expect(error.details).toEqual({ detected });
  });

  it('tells ODT, XLSX, JAR and plain ZIP archives apart and rejects them', () => {
    const odt = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8('<office:document-content/>'),
      'META-INF/manifest.xml': strToU8('<manifest/>'),
    });
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    const jar = zipSync({ 'META-INF/MANIFEST.MF': strToU8('Manifest-Version: 1.0') });
    const plain = zipSync({ 'resume.pdf': strToU8('%PDF-1.4') });
    expect(errorOf(() => sniffType(odt)).details).toEqual({ detected: 'opendocument-text' });
    expect(errorOf(() => sniffType(xlsx)).details).toEqual({ detected: 'xlsx' });
    expect(errorOf(() => sniffType(jar)).details).toEqual({ detected: 'jar' });
    expect(errorOf(() => sniffType(plain)).details).toEqual({ detected: 'zip' });
  });

  it('reports a truncated DOCX as damaged, not as an unknown zip', () => {
    const docx = buildDocx({ body: paragraph('x') });
    expect(errorOf(() => sniffType(docx.subarray(0, docx.length - 40))).code).toBe('DOCX_CORRUPT');
  });

  it('fails on empty input', () => {
    expect(errorOf(() => sniffType(new Uint8Array(0))).code).toBe('EMPTY_FILE');
  });
});

describe('assertDeclaredTypeMatches', () => {
  it('throws TYPE_MISMATCH when the name or media type says another document type', () => {
    expect(
      errorOf(() => assertDeclaredTypeMatches('docx', { declaredName: 'cv.PDF' })),
    ).toMatchObject({
      code: 'TYPE_MISMATCH',
      details: { declared: 'pdf', detected: 'docx' },
    });
    expect(
      errorOf(() =>
        assertDeclaredTypeMatches('pdf', { declaredMediaType: 'text/plain; charset=utf-8' }),
      ).code,
    ).toBe('TYPE_MISMATCH');
  });

  it('accepts matching, interchangeable and generic declarations', () => {
    const accepted = [
      {
        declaredName: 'cv.docx',
        declaredMediaType:
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      { declaredName: 'cv.doc' },
      { declaredName: 'cv' },
      { declaredName: 'cv.final', declaredMediaType: 'application/octet-stream' },
      {},
    ];
    for (const options of accepted)
      expect(() => assertDeclaredTypeMatches('docx', options)).not.toThrow();
    expect(() => assertDeclaredTypeMatches('md', { declaredName: 'cv.txt' })).not.toThrow();
    expect(() =>
      assertDeclaredTypeMatches('txt', { declaredMediaType: 'text/markdown' }),
    ).not.toThrow();
  });
});
