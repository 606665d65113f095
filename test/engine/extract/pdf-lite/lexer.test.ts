import { describe, expect, it } from 'vitest';
import { Lexer } from '../../../../src/engine/extract/pdf-lite/lexer.js';
import { PdfOp, PdfRef, PdfUnsupported } from '../../../../src/engine/extract/pdf-lite/objects.js';

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const text = (value: unknown) => String.fromCharCode(...(value as Uint8Array));
const first = (source: string) => new Lexer(bytes(source)).next();
const all = (source: string) => {
  const lexer = new Lexer(bytes(source));
  const out: unknown[] = [];
  for (let value = lexer.object(); value !== undefined; value = lexer.object()) out.push(value);
  return out;
};

describe('pdf-lite lexer', () => {
  it('reads integers, reals, signs and leading dots', () => {
    expect(all('42 -17 +3 3.25 -.5 .75 0.0')).toEqual([42, -17, 3, 3.25, -0.5, 0.75, 0]);
  });

  it('treats doubled signs as noise and ignores garbage after a number', () => {
    expect(first('--5')).toBe(-5);
    expect(first('1.5.3')).toBe(1.5);
  });

  it('reads names with #xx escapes', () => {
    expect(first('/Name')).toBe('Name');
    expect(first('/A#20B#2fC')).toBe('A B/C');
    expect(first('/Lato#2DBold')).toBe('Lato-Bold');
  });

  it('reads literal strings with escapes, octal codes and nested parentheses', () => {
    expect(text(first('(a\\nb\\tc\\(d\\))'))).toBe('a\nb\tc(d)');
    expect(text(first('(\\101\\7\\0053)'))).toBe('A\x07\x053');
    expect(text(first('(outer (inner) done)'))).toBe('outer (inner) done');
    expect(text(first('(line\\\ncontinued)'))).toBe('linecontinued');
  });

  it('reads a CR or CRLF inside a string as one line feed', () => {
    expect(text(first('(a\r\nb\rc)'))).toBe('a\nb\nc');
  });

  it('reads hex strings, ignoring whitespace and padding an odd digit', () => {
    expect(text(first('<48 65 6C6c 6F>'))).toBe('Hello');
    expect([...(first('<ABC>') as Uint8Array)]).toEqual([0xab, 0xc0]);
  });

  it('reads dictionaries and arrays with nested values', () => {
    const value = first('<< /Type /Page /Kids [1 (x) <01> [true false null]] /Sub << /A 1 >> >>');
    expect(value).toBeInstanceOf(Map);
    const dict = value as Map<string, unknown>;
    expect(dict.get('Type')).toBe('Page');
    const kids = dict.get('Kids') as unknown[];
    expect(kids[0]).toBe(1);
    expect(kids[3]).toEqual([true, false, null]);
    expect((dict.get('Sub') as Map<string, unknown>).get('A')).toBe(1);
  });

  it('reads `a b R` as a reference only through object()', () => {
    const [dict] = all('<< /Parent 12 0 R /Count 3 >>') as [Map<string, unknown>];
    expect(dict.get('Parent')).toEqual(new PdfRef(12, 0));
    expect(dict.get('Count')).toBe(3);
    expect(all('12 0 R')).toEqual([new PdfRef(12, 0)]);
    expect(all('12 0 obj')).toEqual([12, 0, new PdfOp('obj')]);
  });

  it('returns operators as PdfOp and skips comments', () => {
    const lexer = new Lexer(bytes('BT % a comment\n/F1 12 Tf (Hi) Tj ET'));
    const ops: string[] = [];
    for (let value = lexer.next(); value !== undefined; value = lexer.next()) {
      if (value instanceof PdfOp) ops.push(value.name);
    }
    expect(ops).toEqual(['BT', 'Tf', 'Tj', 'ET']);
  });

  it('keeps a dictionary key with a missing value as null', () => {
    const dict = first('<< /A >>') as Map<string, unknown>;
    expect(dict.has('A')).toBe(true);
    expect(dict.get('A')).toBeNull();
  });

  it('refuses containers nested deeper than its cap', () => {
    expect(() => first('['.repeat(200) + ']'.repeat(200))).toThrow(PdfUnsupported);
    expect(() => first('<</A '.repeat(100) + '>>'.repeat(100))).toThrow(PdfUnsupported);
    expect(first('['.repeat(20) + ']'.repeat(20))).toBeInstanceOf(Array);
  });

  it('lets callers move the position', () => {
    const lexer = new Lexer(bytes('1 2 3'));
    lexer.pos = 2;
    expect(lexer.next()).toBe(2);
    expect(lexer.skipSpace()).toBe('3'.charCodeAt(0));
  });
});
