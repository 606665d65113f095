import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { openLiteDocument } from '../../../../src/engine/extract/pdf-lite/document.js';
import { pageViewport } from '../../../../src/engine/extract/pdf-lite/pages.js';
import {
  PdfRef,
  PdfStream,
  PdfUnsupported,
} from '../../../../src/engine/extract/pdf-lite/objects.js';
import {
  classicPdf,
  concat,
  flateStream,
  latin1,
  simplePageBodies,
  streamObject,
  xrefStreamPdf,
} from './pdf-builder.js';

const text = (bytes: Uint8Array) => String.fromCharCode(...bytes);

describe('pdf-lite document: xref and objects', () => {
  it('reads a classic xref table, the catalog and a page', () => {
    const doc = openLiteDocument(classicPdf(simplePageBodies(), '/Root 1 0 R'));
    expect(doc.pageCount).toBe(1);
    expect(doc.catalog.get('Type')).toBe('Catalog');
    const page = doc.page(0);
    expect(text(page.contents)).toBe('BT /F1 12 Tf 72 720 Td (Hello) Tj ET');
    expect(page.view).toEqual([0, 0, 612, 792]);
    expect(page.rotate).toBe(0);
    const font = doc.resolve((page.resources.get('Font') as Map<string, PdfRef>).get('F1'));
    expect((font as Map<string, unknown>).get('BaseFont')).toBe('Helvetica');
  });

  it('reads xref streams and objects inside object streams', () => {
    const bodies = simplePageBodies();
    const compressed = { 1: bodies[1] as string, 2: bodies[2] as string, 3: bodies[3] as string };
    const pdf = xrefStreamPdf({ 4: bodies[4]!, 5: bodies[5]! }, compressed, '/Root 1 0 R', 6);
    const doc = openLiteDocument(pdf);
    expect(doc.pageCount).toBe(1);
    expect(text(doc.page(0).contents)).toContain('(Hello) Tj');
  });

  it('decodes Flate content and joins a content array with newlines', () => {
    const bodies = simplePageBodies();
    bodies[3] = '<< /Type /Page /Parent 2 0 R /Contents [4 0 R 6 0 R] >>';
    bodies[6] = flateStream('', 'BT (two) Tj ET');
    const page = openLiteDocument(classicPdf(bodies, '/Root 1 0 R')).page(0);
    expect(text(page.contents)).toBe('BT /F1 12 Tf 72 720 Td (Hello) Tj ET\nBT (two) Tj ET');
    expect(page.resources.size).toBe(0);
  });

  it('rebuilds the xref by scanning when the offsets are wrong', () => {
    const good = classicPdf(simplePageBodies(), '/Root 1 0 R');
    // Twelve bytes of junk after the header shift every object away from its recorded offset.
    const broken = concat([good.subarray(0, 9), '% junk junk\n', good.subarray(9)]);
    const doc = openLiteDocument(broken);
    expect(doc.pageCount).toBe(1);
    expect(text(doc.page(0).contents)).toContain('Hello');
  });

  it('counts offsets from the %PDF- header when junk precedes it, as pdf.js does', () => {
    // A stray later copy of object 4 is what a rebuild by scanning would pick instead.
    const stray = concat(['4 0 obj\n', streamObject('', 'BT (stray) Tj ET'), '\nendobj\n']);
    const pdf = concat([
      'junk before the header\n',
      classicPdf(simplePageBodies(), '/Root 1 0 R'),
      stray,
    ]);
    expect(text(openLiteDocument(pdf).page(0).contents)).toContain('(Hello)');
  });

  it('rebuilds when startxref is missing altogether', () => {
    const good = text(classicPdf(simplePageBodies(), '/Root 1 0 R'));
    const doc = openLiteDocument(latin1(good.replace(/startxref\n\d+\n/, '')));
    expect(doc.pageCount).toBe(1);
  });

  it('finds endstream when /Length lies', () => {
    const bodies = simplePageBodies();
    bodies[4] = '<< /Length 5 >>\nstream\nBT (long content) Tj ET\nendstream';
    const page = openLiteDocument(classicPdf(bodies, '/Root 1 0 R')).page(0);
    expect(text(page.contents)).toBe('BT (long content) Tj ET');
  });

  it('resolves an indirect /Length', () => {
    const bodies = simplePageBodies();
    bodies[4] = '<< /Length 6 0 R >>\nstream\nBT ET\nendstream';
    bodies[6] = '5';
    expect(text(openLiteDocument(classicPdf(bodies, '/Root 1 0 R')).page(0).contents)).toBe(
      'BT ET',
    );
  });

  it('lets the newest incremental update win and survives a /Prev cycle', () => {
    const base = classicPdf(simplePageBodies(), '/Root 1 0 R');
    const update = streamObject('', 'BT (updated) Tj ET');
    const objectAt = base.length;
    const object = concat(['4 0 obj\n', update, '\nendobj\n']);
    const xrefAt = objectAt + object.length;
    const prev = text(base).lastIndexOf('xref');
    const section = `xref\n4 1\n${String(objectAt).padStart(10, '0')} 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    const doc = openLiteDocument(concat([base, object, section]));
    expect(text(doc.page(0).contents)).toBe('BT (updated) Tj ET');

    const looping = `xref\n4 1\n${String(objectAt).padStart(10, '0')} 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev ${xrefAt} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    expect(() => openLiteDocument(concat([base, object, looping]))).not.toThrow();
  });

  it('refuses encrypted files', () => {
    const bodies = simplePageBodies();
    bodies[6] = '<< /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>';
    expect(() => openLiteDocument(classicPdf(bodies, '/Root 1 0 R /Encrypt 6 0 R'))).toThrow(
      /encrypted/,
    );
  });

  it('refuses what is not a PDF', () => {
    expect(() => openLiteDocument(latin1('hello world, not a pdf at all'))).toThrow(PdfUnsupported);
  });

  it('reads a missing object as null and keeps its stream raw bytes undecoded', () => {
    const doc = openLiteDocument(classicPdf(simplePageBodies(), '/Root 1 0 R'));
    expect(doc.resolve(new PdfRef(99, 0))).toBeNull();
    const stream = doc.resolve(new PdfRef(4, 0));
    expect(stream).toBeInstanceOf(PdfStream);
  });
});

describe('pdf-lite document: page tree', () => {
  function tree(pageExtras: string, pagesExtras = '', count = 2) {
    return {
      1: '<< /Type /Catalog /Pages 2 0 R >>',
      2: `<< /Type /Pages /Kids [6 0 R 4 0 R] /Count ${count} /MediaBox [0 0 600 800] /Resources << /Font << /F1 9 0 R >> >> ${pagesExtras} >>`,
      6: '<< /Type /Pages /Parent 2 0 R /Kids [3 0 R] /Count 1 /Rotate 90 >>',
      3: `<< /Type /Page /Parent 6 0 R ${pageExtras} >>`,
      4: '<< /Type /Page /Parent 2 0 R /MediaBox [10 20 310 420] /CropBox [0 0 200 300] /Rotate -90 >>',
      9: '<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>',
    };
  }

  it('walks nested page nodes in order with inherited attributes', () => {
    const doc = openLiteDocument(
      classicPdf(tree('/Resources << /XObject << >> >>'), '/Root 1 0 R'),
    );
    expect(doc.pageCount).toBe(2);
    const first = doc.page(0);
    expect(first.view).toEqual([0, 0, 600, 800]);
    expect(first.rotate).toBe(90);
    // Inherited resources merge key by key, the nearest dictionary winning.
    expect([...first.resources.keys()].sort()).toEqual(['Font', 'XObject']);
    const second = doc.page(1);
    expect(second.view).toEqual([10, 20, 200, 300]);
    expect(second.rotate).toBe(270);
    expect(first.contents).toHaveLength(0);
  });

  it('defaults to US Letter when no MediaBox is usable', () => {
    const bodies = simplePageBodies();
    bodies[2] = '<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 0 0] >>';
    expect(openLiteDocument(classicPdf(bodies, '/Root 1 0 R')).page(0).view).toEqual([
      0, 0, 612, 792,
    ]);
  });

  it('numbers pages like pdf.js when the root /Count is wrong or missing', async () => {
    for (const count of ['/Count 9', '/Count 1', '/Count (two)', '']) {
      const bodies: Record<number, string | Uint8Array> = {
        1: '<< /Type /Catalog /Pages 2 0 R >>',
        2: `<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] ${count} >>`,
        3: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>',
        4: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
        5: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] >>',
      };
      const pdf = classicPdf(bodies, '/Root 1 0 R');
      const lite = openLiteDocument(pdf);
      const pdfjs = await getDocument({
        data: new Uint8Array(pdf),
        isEvalSupported: false,
        verbosity: 0,
      }).promise;
      try {
        expect(lite.pageCount, count).toBe(pdfjs.numPages);
        for (let i = 0; i < lite.pageCount; i++) {
          const expected = (await pdfjs.getPage(i + 1)).view;
          expect(lite.page(i).view, count).toEqual(expected);
        }
      } finally {
        await pdfjs.destroy();
      }
    }
  });

  it('refuses a tree whose inner /Count would make pdf.js number pages differently', () => {
    const bodies = tree('', '', 2);
    bodies[6] = '<< /Type /Pages /Parent 2 0 R /Kids [3 0 R] /Count 4 >>';
    expect(() => openLiteDocument(classicPdf(bodies, '/Root 1 0 R'))).toThrow(/count/);
  });

  it('refuses a page tree that loops', () => {
    const bodies = tree('');
    bodies[6] = '<< /Type /Pages /Parent 2 0 R /Kids [3 0 R 2 0 R] /Count 1 >>';
    expect(() => openLiteDocument(classicPdf(bodies, '/Root 1 0 R'))).toThrow(PdfUnsupported);
  });

  it('computes the view transform and size exactly like pdf.js PageViewport', async () => {
    const variants: string[] = [];
    for (const rotate of [0, 90, 180, 270, -90, 45]) {
      for (const box of ['[0 0 612 792]', '[10 20 310 420]', '[300 400 0 0]']) {
        variants.push(`/MediaBox ${box} /Rotate ${rotate}`);
      }
    }
    variants.push('/MediaBox [0 0 612 792] /CropBox [50 60 500 700] /UserUnit 2');
    const bodies: Record<number, string> = {
      1: '<< /Type /Catalog /Pages 2 0 R >>',
      2: `<< /Type /Pages /Kids [${variants.map((_, i) => `${i + 10} 0 R`).join(' ')}] /Count ${variants.length} >>`,
    };
    variants.forEach((extra, i) => (bodies[i + 10] = `<< /Type /Page /Parent 2 0 R ${extra} >>`));
    const pdf = classicPdf(bodies, '/Root 1 0 R');
    const lite = openLiteDocument(pdf);
    const pdfjs = await getDocument({
      data: new Uint8Array(pdf),
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
    try {
      for (let i = 0; i < variants.length; i++) {
        const expected = (await pdfjs.getPage(i + 1)).getViewport({ scale: 1 });
        const actual = pageViewport(lite.page(i));
        expect(actual.transform, variants[i]).toEqual(expected.transform);
        expect([actual.width, actual.height], variants[i]).toEqual([
          expected.width,
          expected.height,
        ]);
      }
    } finally {
      await pdfjs.destroy();
    }
  });
});
