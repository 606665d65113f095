import { describe, expect, it } from 'vitest';
import {
  parseCMap,
  readToUnicode,
  utf16ToString,
} from '../../../../../src/engine/extract/pdf-lite/fonts/cmap.js';
import { PdfUnsupported } from '../../../../../src/engine/extract/pdf-lite/objects.js';
import { bytes, FakeResolver, toUnicode } from './font-fixtures.js';

function unicodeOf(body: string): Map<number, string> {
  return parseCMap(bytes(body), 'unicode').unicode;
}

describe('ToUnicode CMaps', () => {
  it('maps bfchar codes to UTF-16BE text, surrogate pairs included', () => {
    const map = unicodeOf('2 beginbfchar <0003> <0020> <01> <D835DC00> endbfchar');
    expect(map.get(3)).toBe(' ');
    expect(map.get(1)).toBe('𝐀');
  });

  it('increments the last byte across a bfrange, carrying like pdf.js', () => {
    const map = unicodeOf('1 beginbfrange <10> <12> <00FF> endbfrange');
    expect([map.get(0x10), map.get(0x11), map.get(0x12)]).toEqual(['ÿ', 'Ā', 'ā']);
  });

  it('reads the array form of bfrange up to the shorter of range and array', () => {
    const map = unicodeOf('1 beginbfrange <20> <23> [<0041> <00660066> <0043>] endbfrange');
    expect([...map]).toEqual([
      [0x20, 'A'],
      [0x21, 'ff'],
      [0x22, 'C'],
    ]);
  });

  it('pads odd-length destinations with a leading zero byte', () => {
    expect(utf16ToString([0x41])).toBe('A');
    expect(utf16ToString([0x00, 0x41, 0x42])).toBe('\u0000\u4142');
  });

  it('abandons the rest of a block at a malformed entry and goes on after it', () => {
    const map = unicodeOf(
      '3 beginbfchar <41> <0042> /bad <0043> <43> <0044> endbfchar ' +
        '1 beginbfchar <44> <0045> endbfchar',
    );
    expect([...map]).toEqual([
      [0x41, 'B'],
      [0x44, 'E'],
    ]);
  });

  it('lets later mappings override earlier ones', () => {
    const map = unicodeOf(
      '1 beginbfrange <41> <43> <0061> endbfrange 1 beginbfchar <42> <005A> endbfchar',
    );
    expect([map.get(0x41), map.get(0x42), map.get(0x43)]).toEqual(['a', 'Z', 'c']);
  });

  it('refuses ranges only a hostile file would have', () => {
    expect(() => unicodeOf('1 beginbfrange <000000> <FFFFFF> <0000> endbfrange')).toThrow(
      PdfUnsupported,
    );
  });

  it('reads Identity ToUnicode names and usecmap as identity', () => {
    const resolver = new FakeResolver();
    expect(readToUnicode(resolver, 'Identity-H')?.identity).toBe(true);
    const extended = readToUnicode(
      resolver,
      toUnicode('/Identity-H usecmap 1 beginbfchar <41> <0042> endbfchar'),
    );
    expect(extended?.identity).toBe(true);
    expect(extended?.map.get(0x41)).toBe('B');
  });

  it('treats an empty or absent ToUnicode as none', () => {
    const resolver = new FakeResolver();
    expect(readToUnicode(resolver, toUnicode(''))).toBeUndefined();
    expect(readToUnicode(resolver, undefined)).toBeUndefined();
  });

  it('leaves other predefined CMaps to pdf.js', () => {
    expect(() => readToUnicode(new FakeResolver(), 'Adobe-Japan1-UCS2')).toThrow(PdfUnsupported);
  });
});

describe('encoding CMaps', () => {
  it('collects code space ranges by code length and CIDs from cidchar/cidrange', () => {
    const parsed = parseCMap(
      bytes(
        '/CMapName /Test def /WMode 1 def ' +
          '2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange ' +
          '1 begincidrange <8140> <8142> 633 endcidrange 1 begincidchar <20> 1 endcidchar',
      ),
      'cid',
    );
    expect(parsed).toMatchObject({ name: 'Test', vertical: true, codespaceCount: 2 });
    expect(parsed.codespace[0]).toEqual([0, 0x80]);
    expect(parsed.codespace[1]).toEqual([0x8140, 0x9ffc]);
    expect([...parsed.cids]).toEqual([
      [0x8140, 633],
      [0x8141, 634],
      [0x8142, 635],
      [0x20, 1],
    ]);
  });
});
