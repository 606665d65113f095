import { describe, expect, it } from 'vitest';
import { PdfUnsupported } from '../../../../src/engine/extract/pdf-lite/objects.js';
import { dict, fakeFont, FakeResolver, run, stream, texts } from './content-fixtures.js';

const line = (show: string, setup = '') => `BT /F1 10 Tf ${setup} 72 700 Td ${show} ET`;

describe('readPageContent text', () => {
  it('places a shown string like pdf.js text content through the viewport', () => {
    const [span] = run(line('(Hello) Tj')).spans;
    expect(span).toEqual({
      text: 'Hello',
      page: 1,
      box: { x: 72, y: 84.5, width: 25, height: 10 },
      baseline: 92,
      fontSize: 10,
      fontName: 'Test-Regular',
      bold: false,
      italic: false,
      color: '#000000',
      direction: 'ltr',
      hasEol: false,
    });
  });

  it('reports each font used by text once, by its full name', () => {
    const content = run('BT /F1 10 Tf (a) Tj /F2 10 Tf (b) Tj /F1 10 Tf (c) Tj ET', {
      fonts: { F2: fakeFont({ name: 'XYZABC+Other-Bold' }) },
    });
    expect(content.fonts).toEqual([
      { name: 'ABCDEF+Test-Regular', embedded: true },
      { name: 'XYZABC+Other-Bold', embedded: true },
    ]);
    expect(content.spans.map((span) => [span.text, span.bold])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
    ]);
  });

  it('turns a TJ gap of a quarter em into one space within the item', () => {
    const [span, ...rest] = run(line('[(Hello) -250 (World)] TJ')).spans;
    expect(rest).toEqual([]);
    expect(span?.text).toBe('Hello World');
    expect(span?.box.width).toBeCloseTo(52.5);
  });

  it('splits the item at a TJ gap wider than pdf.js calls a space', () => {
    const content = run(line('[(Hello) -1000 (World)] TJ'));
    expect(texts(content)).toEqual(['Hello', 'World']);
    expect(content.spans[1]?.box.x).toBeCloseTo(107);
  });

  it('keeps kerned letters together and subtracts the kerning from the width', () => {
    const [span] = run(line('[(Hel) 20 (lo)] TJ')).spans;
    expect(span?.text).toBe('Hello');
    expect(span?.box.width).toBeCloseTo(24.8);
  });

  it('reads a space glyph as one space and splits at a double space', () => {
    expect(texts(run(line('(Hello World) Tj')))).toEqual(['Hello World']);
    expect(texts(run(line('(Hello  World) Tj')))).toEqual(['Hello', 'World']);
  });

  it('applies word spacing to code 32 and character spacing to every glyph', () => {
    // a advances 5 + 1, the space 5 + 1 + 2: b starts 14 after a, 9 after a's glyph ends,
    // which is wider than pdf.js's in-flow space (0.6 em) and splits the item.
    const content = run(line('(a b) Tj', '2 Tw 1 Tc'));
    expect(content.spans.map((span) => [span.text, span.box.x])).toEqual([
      ['a', 72],
      ['b', 86],
    ]);
  });

  it('marks the end of a line and starts a new item on the next', () => {
    const content = run(line('(One) Tj 0 -12 Td (Two) Tj'));
    expect(content.spans.map((span) => [span.text, span.hasEol])).toEqual([
      ['One', true],
      ['Two', false],
    ]);
    expect(content.spans[1]?.baseline).toBe(104);
  });

  it('moves to the next line for \' and " and sets the spacing of "', () => {
    const content = run('BT /F1 10 Tf 12 TL 72 700 Td (One) Tj (Two) \' 0 0 (Three) " ET');
    expect(texts(content)).toEqual(['One', 'Two', 'Three']);
    expect(content.spans.map((span) => span.baseline)).toEqual([92, 104, 116]);
  });

  it('splits items at a change of font size', () => {
    expect(texts(run('BT /F1 10 Tf 72 700 Td (Ab) Tj /F1 12 Tf (Cd) Tj ET'))).toEqual(['Ab', 'Cd']);
  });

  it('scales the item by Tm and Tz', () => {
    const [span] = run('BT /F1 1 Tf 50 Tz 20 0 0 20 100 500 Tm (Wide) Tj ET').spans;
    expect(span?.fontSize).toBe(20);
    expect(span?.box.x).toBe(100);
    expect(span?.box.width).toBeCloseTo(4 * 0.5 * 20 * 0.5);
  });

  it('raises text by Ts without starting a new line', () => {
    const content = run(line('(x) Tj 4 Ts (2) Tj 0 Ts (y) Tj'));
    expect(content.spans.map((span) => span.hasEol)).not.toContain(true);
  });

  it('takes the fill colour of each span from its first glyph', () => {
    const content = run(
      line('(black) Tj 1 0 0 rg [-1000 (-250) -1000 (red)] TJ 0.5 g [-1000 ( gray)] TJ'),
    );
    expect(content.spans.map((span) => [span.text, span.color])).toEqual([
      ['black', '#000000'],
      ['-250', '#ff0000'],
      ['red', '#ff0000'],
      ['gray', '#808080'],
    ]);
  });

  it('converts CMYK fills the way pdf.js does', () => {
    expect(run(line('(w) Tj', '0 0 0 0 k')).spans[0]?.color).toBe('#ffffff');
    expect(run(line('(k) Tj', '0 0 0 1 k')).spans[0]?.color).toBe('#2c2e35');
  });

  it('reads colours in ICCBased, Indexed and Separation spaces', () => {
    const resolver = new FakeResolver();
    const icc = resolver.add(1, stream({ N: 3 }, ''));
    const tint = dict({ FunctionType: 2, Domain: [0, 1], C0: [1, 1, 1], C1: [0, 0, 1], N: 1 });
    const resources = dict({
      ColorSpace: dict({
        CS0: ['ICCBased', icc],
        CS1: ['Indexed', 'DeviceRGB', 1, new Uint8Array([0, 0, 0, 0, 255, 0])],
        CS2: ['Separation', 'Blue', 'DeviceRGB', tint],
      }),
    });
    const content = run(
      line('/CS0 cs 0 0 1 sc (a) Tj /CS1 cs 1 sc [-1000 (b)] TJ /CS2 cs 1 scn [-1000 (c)] TJ'),
      { resolver, resources },
    );
    expect(content.spans.map((span) => span.color)).toEqual(['#0000ff', '#00ff00', '#0000ff']);
  });

  it('evaluates PostScript calculator and sampled tint transforms', () => {
    const resolver = new FakeResolver();
    const calculator = (code: string) =>
      resolver.add(
        resolver.objects.size + 1,
        stream({ FunctionType: 4, Domain: [0, 1], Range: [0, 1, 0, 1, 0, 1] }, code),
      );
    const magenta = calculator('{ dup 0 exch }');
    const choice = calculator('{ 0.5 gt { 1 0 0 } { 0 0 1 } ifelse }');
    const sampled = resolver.add(
      9,
      stream(
        { FunctionType: 0, Domain: [0, 1], Range: [0, 1, 0, 1, 0, 1], Size: [2], BitsPerSample: 8 },
        new Uint8Array([0, 0, 0, 255, 255, 255]),
      ),
    );
    const resources = dict({
      ColorSpace: dict({
        A: ['Separation', 'A', 'DeviceRGB', magenta],
        B: ['Separation', 'B', 'DeviceRGB', choice],
        C: ['Separation', 'C', 'DeviceRGB', sampled],
      }),
    });
    const shows = ['/A cs 1 sc', '/B cs 0.7 sc', '/B cs 0.3 sc', '/C cs 0.5 sc']
      .map((set) => `${set} [-1000 (x)] TJ`)
      .join(' ');
    const content = run(line(shows), { resolver, resources });
    expect(content.spans.map((span) => span.color)).toEqual([
      '#ff00ff',
      '#ff0000',
      '#0000ff',
      '#808080',
    ]);
  });

  it('keeps the last solid colour for a pattern fill', () => {
    const resources = dict({ Pattern: dict({ P0: dict({ PatternType: 2 }) }) });
    const content = run(line('(a) Tj', '0 1 0 rg /Pattern cs /P0 scn'), { resources });
    expect(content.spans[0]?.color).toBe('#00ff00');
  });

  it('marks text drawn in rendering modes 3 and 7 as invisible', () => {
    const content = run(line('(shown) Tj 3 Tr [-1000 (hidden)] TJ 7 Tr [-1000 (clip)] TJ'));
    expect(content.spans.map((span) => [span.text, span.invisible])).toEqual([
      ['shown', undefined],
      ['hidden', true],
      ['clip', true],
    ]);
  });

  it('restores a drawn soft hyphen inside a word and at the end of a line', () => {
    const fonts = { F1: fakeFont({ unicode: { 0xad: '\u00ad' } }) };
    expect(texts(run(line('(high\\255impact) Tj'), { fonts }))).toEqual(['high-impact']);
    expect(texts(run(line('(devel\\255) Tj 0 -12 Td (opment) Tj'), { fonts }))).toEqual([
      'devel-',
      'opment',
    ]);
  });

  it('applies NFKC to ligatures like pdf.js normalizeUnicode', () => {
    const fonts = { F1: fakeFont({ unicode: { 1: '\ufb01' } }) };
    expect(texts(run(line('(\\001nance) Tj'), { fonts }))).toEqual(['finance']);
  });

  it('drops glyphs drawn outside the page view', () => {
    expect(texts(run('BT /F1 10 Tf 700 700 Td (X) Tj ET'))).toEqual([]);
  });

  it('skips text shown before any font is set', () => {
    expect(texts(run('BT 72 700 Td (x) Tj ET'))).toEqual([]);
  });

  it('restores the text state with Q', () => {
    const content = run('BT /F1 10 Tf 72 700 Td q 1 0 0 rg 0 -20 Td Q (x) Tj ET');
    expect(content.spans[0]).toMatchObject({ baseline: 92, color: '#000000' });
  });

  it('recovers operands the way pdf.js does: unknown operators keep them, extras wait', () => {
    expect(texts(run('BT /F1 10 Tf 72 700 foo Td 1 2 (Hi) Tj ET'))).toEqual(['Hi']);
  });

  it('splits operators written without spaces the way pdf.js lexes them', () => {
    const content = run('q 1 0 0 rg Qq BT /F1 10 Tf 72 700 Td (x) TjET Q');
    expect(content.spans.map((span) => [span.text, span.color])).toEqual([['x', '#000000']]);
  });

  it('ends the current item at marked content and XObject boundaries, as pdf.js does', () => {
    const resolver = new FakeResolver();
    const resources = dict({
      XObject: dict({
        Im1: resolver.add(1, stream({ Subtype: 'Image', Width: 1, Height: 1 }, '')),
      }),
    });
    const content = run(line('(Mar) Tj /Span <<>> BDC (ked) Tj EMC (Im) Tj /Im1 Do (age) Tj'), {
      resolver,
      resources,
    });
    expect(texts(content)).toEqual(['Mar', 'ked', 'Im', 'age']);
  });

  it('reads the text of form XObjects through their matrix and resources', () => {
    const resolver = new FakeResolver();
    const form = resolver.add(
      1,
      stream(
        { Subtype: 'Form', Matrix: [1, 0, 0, 1, 100, 0] },
        'BT /F1 10 Tf 0 700 Td (Form) Tj ET',
      ),
    );
    const resources = dict({ XObject: dict({ Fm1: form }) });
    const content = run('BT /F1 10 Tf 0 650 Td (Page) Tj ET /Fm1 Do', { resolver, resources });
    expect(content.spans.map((span) => [span.text, span.box.x])).toEqual([
      ['Page', 0],
      ['Form', 100],
    ]);
  });

  it('refuses a form XObject that draws itself', () => {
    const resolver = new FakeResolver();
    const resources = dict({});
    resources.set(
      'XObject',
      dict({ Fm1: resolver.add(1, stream({ Subtype: 'Form' }, '/Fm1 Do')) }),
    );
    expect(() => run('/Fm1 Do', { resolver, resources })).toThrow(PdfUnsupported);
  });

  it('refuses form XObjects nested more than 12 deep', () => {
    const resolver = new FakeResolver();
    const xobjects = dict({});
    for (let i = 0; i < 14; i++) {
      xobjects.set(`Fm${i}`, resolver.add(i + 1, stream({ Subtype: 'Form' }, `/Fm${i + 1} Do`)));
    }
    const resources = dict({ XObject: xobjects });
    expect(() => run('/Fm0 Do', { resolver, resources })).toThrow(/nested too deeply/);
  });

  it('refuses vertical fonts', () => {
    const fonts = { F1: fakeFont({ vertical: true }) };
    expect(() => run(line('(x) Tj'), { fonts })).toThrow(PdfUnsupported);
  });

  it('refuses right-to-left text (pdf.js reorders it)', () => {
    const fonts = { F1: fakeFont({ unicode: { 1: '\u05d0' } }) };
    expect(() => run(line('(\\001) Tj'), { fonts })).toThrow(/right-to-left/);
  });

  it('stops at two million operators', () => {
    expect(() => run('BX EX '.repeat(1_000_001))).toThrow(/too many operators/);
  });
});
