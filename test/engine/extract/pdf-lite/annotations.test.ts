import { describe, expect, it } from 'vitest';
import {
  readAnnotations,
  readBaseUrl,
} from '../../../../src/engine/extract/pdf-lite/annotations.js';
import { openLiteDocument } from '../../../../src/engine/extract/pdf-lite/document.js';
import { pageViewport } from '../../../../src/engine/extract/pdf-lite/pages.js';
import { PdfUnsupported } from '../../../../src/engine/extract/pdf-lite/objects.js';
import { pdfjsBackend } from '../../../../src/engine/extract/pdfjs-backend.js';
import { classicPdf, simplePageBodies } from './pdf-builder.js';

const link = (rect: string, action: string, extra = '') =>
  `<< /Type /Annot /Subtype /Link /Rect [${rect}] ${action} ${extra} >>`;
const uri = (target: string) => `/A << /S /URI /URI (${target}) >>`;

function pdfWithAnnots(annots: string[], pageExtra = '', catalogExtra = '') {
  const bodies: Record<number, string | Uint8Array> = simplePageBodies();
  bodies[1] = `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`;
  bodies[3] = `<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [${annots.map((_, i) => `${i + 10} 0 R`).join(' ')}] ${pageExtra} >>`;
  annots.forEach((annot, i) => (bodies[i + 10] = annot));
  return classicPdf(bodies, '/Root 1 0 R');
}

function readLite(pdf: Uint8Array) {
  const doc = openLiteDocument(pdf);
  const page = doc.page(0);
  return readAnnotations({
    resolver: doc,
    annots: page.annots,
    pageNumber: 1,
    viewTransform: pageViewport(page).transform,
    baseUrl: readBaseUrl(doc, doc.catalog),
  });
}

async function readPdfjs(pdf: Uint8Array) {
  const doc = await pdfjsBackend.open(pdf, {});
  try {
    const { links, formFieldCount } = await doc.readPage(1);
    return { links, formFieldCount };
  } finally {
    await doc.destroy();
  }
}

const ANNOTS = [
  link('72 700 200 712', uri('https://example.com')),
  link('72 680 200 692', uri('mailto:jane@example.com')),
  link('72 660 200 672', uri('tel:+1-555-0100')),
  link('72 640 200 652', uri('www.example.org/portfolio')),
  link('72 620 200 632', uri('javascript:alert\\(1\\)')),
  link('72 600 200 612', uri('relative/page.html')),
  link('200 590 72 580', uri('https://hidden.example'), '/F 32'),
  link('72 560 200 572', uri('https://invisible-flag.example'), '/F 2'),
  link('72 540 200 552', '/Dest [3 0 R /XYZ 0 0 0]'),
  link('72 520 200 532', '/AA << /U << /S /URI /URI (https://aa.example/x) >> >>'),
  link('72 500 200 512', '/A << /S /URI /URI /NamedTarget >>'),
  link('72 480 200 492', uri('https://caf\\303\\251.example/r\\303\\251sum\\303\\251')),
  '<< /Type /Annot /Subtype /Widget /FT /Tx /Rect [300 700 400 720] /T (name) >>',
  '<< /Type /Annot /Subtype /Widget /Rect [300 600 400 620] >>',
  '<< /Type /Annot /Subtype /Text /Rect [300 500 320 520] /Contents (note) >>',
];

describe('pdf-lite annotations', () => {
  it('reports the same links and form fields as pdf.js', async () => {
    const pdf = pdfWithAnnots(ANNOTS);
    const actual = readLite(pdf);
    expect(actual).toEqual(await readPdfjs(pdf));
    expect(actual.formFieldCount).toBe(2);
    expect(actual.links.map((l) => l.url)).toContain('mailto:jane@example.com');
  });

  it('resolves relative URIs against the catalog /URI /Base like pdf.js', async () => {
    const pdf = pdfWithAnnots(ANNOTS, '', '/URI << /Base (https://base.example/dir/) >>');
    const actual = readLite(pdf);
    expect(actual).toEqual(await readPdfjs(pdf));
    expect(actual.links.map((l) => l.url)).toContain('https://base.example/dir/relative/page.html');
  });

  it('maps rectangles through a rotated, offset view like pdf.js', async () => {
    const pdf = pdfWithAnnots(ANNOTS.slice(0, 2), '/Rotate 90 /CropBox [36 36 576 756]');
    expect(readLite(pdf)).toEqual(await readPdfjs(pdf));
  });

  it('finds the URLs of file and script actions like pdf.js', async () => {
    const pdf = pdfWithAnnots([
      link('0 0 10 10', '/A << /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) >> >>'),
      link(
        '0 20 10 30',
        '/A << /S /GoToR /F << /Type /Filespec /UF (C:\\\\cv\\\\other.pdf) >> /D (chapter1) >>',
      ),
      link('0 40 10 50', '/A << /S /GoToR /F (https://example.com/cv.pdf#old) /D /Named >>'),
      link(
        '0 60 10 70',
        "/A << /S /JavaScript /JS (app.launchURL\\('https://js.example/p', true\\);) >>",
      ),
      link('0 80 10 90', '/A << /S /JavaScript /JS (this.print\\(\\);) >>'),
    ]);
    const actual = readLite(pdf);
    expect(actual).toEqual(await readPdfjs(pdf));
    expect(actual.links.map((l) => l.url)).toEqual([
      'cmd.exe',
      'C:/cv/other.pdf#chapter1',
      'https://example.com/cv.pdf#Named',
      'https://js.example/p',
    ]);
  });

  it('leaves explicit remote destinations to pdf.js', () => {
    const pdf = pdfWithAnnots([link('0 0 10 10', '/A << /S /GoToR /F (a.pdf) /D [0 /Fit] >>')]);
    expect(() => readLite(pdf)).toThrow(PdfUnsupported);
  });
});
