import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { StandardEncoding } from '../../../../../src/engine/extract/pdf-lite/fonts/encodings.js';
import {
  readSfntMetrics,
  sniffFontFile,
  type1BuiltInEncoding,
} from '../../../../../src/engine/extract/pdf-lite/fonts/font-file.js';
import { FontProgram } from '../../../../../src/engine/extract/pdf-lite/fonts/font-program.js';
import { PdfStream, PdfUnsupported } from '../../../../../src/engine/extract/pdf-lite/objects.js';
import { bytes, dict, FakeResolver, stream, trueTypeProgram } from './font-fixtures.js';

function program(data: Uint8Array): FontProgram {
  return new FontProgram(new FakeResolver(), stream(data));
}

const CLEARTEXT =
  '%!FontType1-1.0: Test\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n' +
  'dup 97 /alpha put\ndup 98 /beta put\nreadonly def\ncurrentfile eexec\n';

describe('font programs', () => {
  it('sniffs the program kind from its first bytes, as pdf.js does', () => {
    expect(sniffFontFile(Uint8Array.from([0, 1, 0, 0]))).toBe('truetype');
    expect(sniffFontFile(bytes('OTTO'))).toBe('opentype');
    expect(sniffFontFile(bytes('%!PS'))).toBe('type1');
    expect(sniffFontFile(Uint8Array.from([1, 0, 4, 2]))).toBe('cff');
    expect(sniffFontFile(bytes('<htm'))).toBe('unknown');
  });

  it('reads a Type1 encoding array from the cleartext part only', () => {
    const data = bytes(CLEARTEXT + '\u00d9\u00d6 dup 99 /gamma put');
    const table = type1BuiltInEncoding(program(data), CLEARTEXT.length);
    expect([table?.[97], table?.[98], table?.[99]]).toEqual(['alpha', 'beta', undefined]);
  });

  it('finds the cleartext of a PFB-wrapped program and of one with a wrong Length1', () => {
    const header = [0x80, 0x01, CLEARTEXT.length & 0xff, CLEARTEXT.length >> 8, 0, 0];
    const pfb = Uint8Array.from([...header, ...bytes(CLEARTEXT)]);
    expect(type1BuiltInEncoding(program(pfb), 0)?.[97]).toBe('alpha');
    expect(type1BuiltInEncoding(program(bytes(CLEARTEXT)), 5)?.[98]).toBe('beta');
  });

  it('returns a standard encoding named by the program itself', () => {
    const data = bytes('%!PS\n/Encoding StandardEncoding def\ncurrentfile eexec\n');
    expect(type1BuiltInEncoding(program(data), 0)).toBe(StandardEncoding);
  });

  it('drops an encoding array cut short, like pdf.js', () => {
    const data = bytes('%!PS\n/Encoding 256 array\ndup 97 /alpha put\n');
    expect(type1BuiltInEncoding(program(data), 0)).toBeUndefined();
  });

  it('reads TrueType vertical metrics from hhea over head unitsPerEm', () => {
    const metrics = readSfntMetrics(program(trueTypeProgram(1000, 880, -120)), 'truetype', false);
    expect(metrics).toEqual({ ascent: 0.88, descent: -0.12 });
  });

  it('leaves TrueType programs pdf.js could not use to pdf.js', () => {
    const broken = trueTypeProgram(1000, 880, -120);
    broken[12 + 3 * 16] = 0x78; // rename "loca"
    expect(() => readSfntMetrics(program(broken), 'truetype', false)).toThrow(PdfUnsupported);
  });

  it('inflates a Flate program only as far as it is read', () => {
    const data = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 251);
    let fullDecodes = 0;
    const resolver = new (class extends FakeResolver {
      override decode(): Uint8Array {
        fullDecodes++;
        return data;
      }
    })();
    const flate = new PdfStream(dict({ Filter: 'FlateDecode' }), deflateSync(data));
    const reader = new FontProgram(resolver, flate);
    const head = reader.prefix(1000);
    expect(head.length).toBeGreaterThanOrEqual(1000);
    expect(head.length).toBeLessThan(data.length);
    expect(head.subarray(0, 1000)).toEqual(data.subarray(0, 1000));
    expect(fullDecodes).toBe(0);
  });
});
