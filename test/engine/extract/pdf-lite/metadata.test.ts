import { describe, expect, it } from 'vitest';
import { openLiteDocument } from '../../../../src/engine/extract/pdf-lite/document.js';
import { readLiteMetadata, toIsoDate } from '../../../../src/engine/extract/pdf-lite/metadata.js';
import { decodeTextString } from '../../../../src/engine/extract/pdf-lite/text-string.js';
import { readXmp } from '../../../../src/engine/extract/pdf-lite/xmp.js';
import { pdfjsBackend } from '../../../../src/engine/extract/pdfjs-backend.js';
import { classicPdf, latin1, simplePageBodies, streamObject } from './pdf-builder.js';

const utf16be = (text: string) =>
  '<FEFF' + [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('') + '>';

const XMP = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">XMP &amp; Title</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>Ada</rdf:li></rdf:Seq></dc:creator>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreatorTool>Writer 9</xmp:CreatorTool>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" pdf:Producer="attribute form"/>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;

function pdfWith(
  info: string,
  catalogExtra = '',
  extraBodies: Record<number, string | Uint8Array> = {},
) {
  const bodies = { ...simplePageBodies(), ...extraBodies };
  bodies[1] = `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`;
  bodies[6] = info;
  return classicPdf(bodies, '/Root 1 0 R /Info 6 0 R');
}

async function both(pdf: Uint8Array) {
  const lite = openLiteDocument(pdf);
  const actual = readLiteMetadata(lite, lite.trailer, lite.catalog);
  const doc = await pdfjsBackend.open(pdf, {});
  try {
    return {
      actual,
      expected: { metadata: doc.metadata, isEncrypted: doc.isEncrypted, hasXfa: doc.hasXfa },
    };
  } finally {
    await doc.destroy();
  }
}

describe('pdf-lite metadata', () => {
  it('decodes PDF text strings: PDFDocEncoding, UTF-16 with either byte order, UTF-8 with BOM', () => {
    expect(decodeTextString(latin1('Caf\xe9 \x8dquoted\x8e \x84 \x93'))).toBe('Café “quoted” — ﬁ');
    expect(decodeTextString(Uint8Array.from([0xfe, 0xff, 0, 0x41, 0x04, 0x1f]))).toBe('AП');
    expect(decodeTextString(Uint8Array.from([0xff, 0xfe, 0x41, 0, 0x1f, 0x04]))).toBe('AП');
    expect(decodeTextString(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0xa9]))).toBe('é');
    // A language escape sequence is dropped.
    expect(
      decodeTextString(Uint8Array.from([0xfe, 0xff, 0, 0x1b, 0, 0x65, 0, 0x6e, 0, 0x1b, 0, 0x42])),
    ).toBe('B');
  });

  it('reads PDF dates like pdf.js, offsets included', () => {
    expect(toIsoDate("D:20200101120000+01'00'")).toBe('2020-01-01T11:00:00.000Z');
    expect(toIsoDate('D:2021')).toBe('2021-01-01T00:00:00.000Z');
    expect(toIsoDate("D:20211231235959-05'30")).toBe('2022-01-01T05:29:59.000Z');
    expect(toIsoDate('2020-01-01')).toBeUndefined();
  });

  it('matches pdf.js on the Info dictionary and the catalog language', async () => {
    const info = `<< /Title ${utf16be('Résumé — Jane')} /Author (Jane \\(J.\\) Doe) /Creator (LaTeX with hyperref) /Producer (pdfTeX-1.40.25) /CreationDate (D:20240301093000Z) /ModDate (D:20240302100000+02'00') >>`;
    const { actual, expected } = await both(pdfWith(info, '/Lang (en-US)'));
    expect(actual).toEqual(expected);
    expect(actual.metadata.title).toBe('Résumé — Jane');
    expect(actual.metadata.language).toBe('en-US');
  });

  it('falls back to XMP the way pdf.js does', async () => {
    const xmp = streamObject(
      '/Type /Metadata /Subtype /XML',
      latin1(unescape(encodeURIComponent(XMP))),
    );
    const { actual, expected } = await both(
      pdfWith('<< /Producer () >>', '/Metadata 7 0 R', { 7: xmp }),
    );
    expect(actual).toEqual(expected);
    expect(actual.metadata).toEqual({ title: 'XMP & Title', creator: 'Writer 9' });
  });

  it('reads XMP properties as pdf.js MetadataParser records them', () => {
    const map = readXmp(XMP);
    expect(map.get('dc:title')).toBe('XMP & Title');
    expect(map.get('dc:creator')).toEqual(['Ada']);
    expect(map.get('xmp:creatortool')).toBe('Writer 9');
    expect(map.has('pdf:producer')).toBe(false);
  });

  it('reports an XFA form like pdf.js', async () => {
    const xfa = `/AcroForm << /Fields [] /XFA [(template) 8 0 R] >>`;
    const { actual, expected } = await both(
      pdfWith('<< >>', xfa, { 8: streamObject('', '<template/>') }),
    );
    expect(actual).toEqual(expected);
    expect(actual.hasXfa).toBe(true);
  });

  it('keeps metadata short and printable', async () => {
    const long = 'x'.repeat(700);
    const { actual, expected } = await both(pdfWith(`<< /Title (a\\nb\\tc ${long}) >>`));
    expect(actual).toEqual(expected);
    expect(actual.metadata.title).toHaveLength(500);
  });
});
