import { describe, expect, it } from 'vitest';
import { PdfUnsupported } from '../../../../src/engine/extract/pdf-lite/objects.js';
import { bytes, dict, FakeResolver, run, stream, texts } from './content-fixtures.js';

const PAGE_AREA = 612 * 792;

function concat(...parts: Array<string | number[]>): Uint8Array {
  const chunks = parts.map((part) =>
    typeof part === 'string' ? bytes(part) : Uint8Array.from(part),
  );
  const out = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

describe('readPageContent graphics', () => {
  it('boxes a filled rectangle in top-left page coordinates', () => {
    const content = run('1 0 0 rg 10 20 30 40 re f');
    expect(content.vectorOpCount).toBe(1);
    expect(content.paintedBoxes).toEqual([{ x: 10, y: 732, width: 30, height: 40 }]);
  });

  it('counts every painting operator, clipping paths included, but boxes only coloured fills', () => {
    const content = run(
      '1 g 0 0 100 100 re f 0 0 m 100 100 l S 10 10 50 50 re W n 0 g 5 5 m 50 5 l 50 50 l h B',
    );
    expect(content.vectorOpCount).toBe(4);
    expect(content.paintedBoxes).toEqual([{ x: 5, y: 742, width: 45, height: 45 }]);
  });

  it('bounds curves by their extremes, not their control points', () => {
    const [box] = run('0 0 1 rg 0 0 m 0 100 100 100 100 0 c f').paintedBoxes;
    expect(box?.height).toBeCloseTo(75);
  });

  it('applies the transformation in force when the path is painted', () => {
    const content = run('q 2 0 0 2 10 10 cm 0 0 1 rg 0 0 10 10 re f Q 0 0 5 5 re f');
    expect(content.paintedBoxes).toEqual([
      { x: 10, y: 762, width: 20, height: 20 },
      { x: 0, y: 787, width: 5, height: 5 },
    ]);
  });

  it('counts image XObjects and the page share their unit square covers', () => {
    const resolver = new FakeResolver();
    const resources = dict({
      XObject: dict({
        Im1: resolver.add(1, stream({ Subtype: 'Image', Width: 10, Height: 10 }, '')),
        Dot: resolver.add(2, stream({ Subtype: 'Image', W: 1, H: 1, ImageMask: true }, '\x00')),
      }),
    });
    const content = run('q 200 0 0 100 50 50 cm /Im1 Do Q /Dot Do', { resolver, resources });
    expect(content.imageCount).toBe(1);
    expect(content.imageCoverage).toBeCloseTo(20000 / PAGE_AREA);
    expect(content.paintedBoxes).toEqual([{ x: 50, y: 642, width: 200, height: 100 }]);
  });

  it('counts the paths and images of a soft mask set by an ExtGState', () => {
    const resolver = new FakeResolver();
    const group = resolver.add(1, stream({ Subtype: 'Form' }, '0 0 10 10 re f'));
    const resources = dict({
      ExtGState: dict({ GS1: dict({ SMask: dict({ S: 'Luminosity', G: group }) }) }),
    });
    expect(run('/GS1 gs', { resolver, resources }).vectorOpCount).toBe(1);
  });

  it('skips inline image data, even with EI inside it, and reads on', () => {
    const content = run(
      concat(
        'q 10 0 0 10 50 50 cm BI /W 2 /H 2 /BPC 8 /CS /G ID ',
        [0x41, 0x45, 0x49, 0x80],
        ' EI Q BT /F1 10 Tf 72 700 Td (After) Tj ET',
      ),
    );
    expect(content.imageCount).toBe(1);
    expect(content.imageCoverage).toBeCloseTo(100 / PAGE_AREA);
    expect(texts(content)).toEqual(['After']);
  });

  it('uses a declared inline image length to step over a whitespace-delimited EI', () => {
    const content = run('BI /W 2 /H 2 /L 4 ID  EI  EI BT /F1 10 Tf 72 700 Td (After) Tj ET');
    expect(content.imageCount).toBe(1);
    expect(texts(content)).toEqual(['After']);
  });

  it('finds the end of DCT inline data at the JPEG end marker', () => {
    const content = run(
      concat('BI /W 20 /H 20 /F /DCT ID ', [0xff, 0xd8, 0x20, 0x45, 0x49, 0x20, 0xff, 0xd9], ' EI'),
    );
    expect(content.imageCount).toBe(1);
  });

  it('refuses inline image data without an end', () => {
    expect(() => run(concat('BI /W 2 /H 2 ID ', [1, 2, 3, 4]))).toThrow(PdfUnsupported);
  });

  it('ignores images without dimensions and unknown XObject names', () => {
    const resolver = new FakeResolver();
    const resources = dict({
      XObject: dict({ Bad: resolver.add(1, stream({ Subtype: 'Image' }, '')) }),
    });
    expect(run('/Bad Do /Missing Do', { resolver, resources }).imageCount).toBe(0);
  });
});
