/**
 * The built-in encoding of a CFF (Type1C) program (Adobe Technical Note #5176): code -> glyph name
 * through the Top DICT's Encoding and charset, as pdf.js's CFFParser and CFFFont build it. Only
 * read for simple fonts without ToUnicode, where pdf.js lets it name the codes the PDF's encoding
 * leaves open. CID-keyed programs and the predefined Expert charsets are left to pdf.js.
 */
import { PdfUnsupported } from '../objects.js';
import { CFF_STANDARD_STRINGS } from './cff-strings.js';
import { StandardEncoding } from './encodings.js';

const OP_CHARSET = 15;
const OP_ENCODING = 16;
const OP_CHARSTRINGS = 17;
const OP_ROS = (12 << 8) | 30;

function malformed(): never {
  throw new PdfUnsupported('malformed CFF program');
}

interface Index {
  items: Uint8Array[];
  end: number;
}

function readIndex(bytes: Uint8Array, start: number): Index {
  let pos = start;
  if (pos + 2 > bytes.length) malformed();
  const count = (bytes[pos++]! << 8) | bytes[pos++]!;
  if (count === 0) return { items: [], end: pos };
  const offSize = bytes[pos++]!;
  if (offSize < 1 || offSize > 4) malformed();
  const base = pos + (count + 1) * offSize - 1;
  const offsets: number[] = [];
  for (let i = 0; i <= count; i++) {
    let offset = 0;
    for (let j = 0; j < offSize; j++) offset = offset * 256 + (bytes[pos++] ?? 0);
    offsets.push(base + offset);
  }
  const items: Uint8Array[] = [];
  for (let i = 0; i < count; i++) items.push(bytes.subarray(offsets[i]!, offsets[i + 1]!));
  return { items, end: offsets[count]! };
}

/** The operands of the DICT's operators (integers only: the ones read here are offsets). */
function readDict(dict: Uint8Array): Map<number, number[]> {
  const entries = new Map<number, number[]>();
  let operands: number[] = [];
  let pos = 0;
  while (pos < dict.length) {
    const b = dict[pos++]!;
    if (b <= 21) {
      const op = b === 12 ? (12 << 8) | (dict[pos++] ?? 0) : b;
      entries.set(op, operands);
      operands = [];
    } else if (b === 28) {
      const value = ((dict[pos] ?? 0) << 8) | (dict[pos + 1] ?? 0);
      operands.push(value & 0x8000 ? value - 0x10000 : value);
      pos += 2;
    } else if (b === 29) {
      operands.push(
        ((dict[pos] ?? 0) << 24) |
          ((dict[pos + 1] ?? 0) << 16) |
          ((dict[pos + 2] ?? 0) << 8) |
          (dict[pos + 3] ?? 0),
      );
      pos += 4;
    } else if (b === 30) {
      // A real number: its nibbles end with 0xf; the value itself is not needed here.
      while (pos < dict.length) {
        const n = dict[pos++]!;
        if ((n & 0x0f) === 0x0f || n >> 4 === 0x0f) break;
      }
      operands.push(NaN);
    } else if (b >= 32 && b <= 246) {
      operands.push(b - 139);
    } else if (b >= 247 && b <= 250) {
      operands.push((b - 247) * 256 + (dict[pos++] ?? 0) + 108);
    } else if (b >= 251 && b <= 254) {
      operands.push(-(b - 251) * 256 - (dict[pos++] ?? 0) - 108);
    } else {
      operands.push(NaN);
    }
  }
  return entries;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}

/** pdf.js's CFFStrings.get, including its off-by-one past the last custom string. */
function stringOf(sid: number, strings: Uint8Array[]): string | undefined {
  if (sid >= 0 && sid <= 390) return CFF_STANDARD_STRINGS[sid];
  if (sid - 391 <= strings.length) {
    const custom = strings[sid - 391];
    return custom ? latin1(custom) : undefined;
  }
  return CFF_STANDARD_STRINGS[0];
}

function readCharset(
  bytes: Uint8Array,
  offset: number,
  glyphCount: number,
  strings: Uint8Array[],
): (string | undefined)[] {
  if (offset === 0) return CFF_STANDARD_STRINGS.slice(0, 229);
  if (offset === 1 || offset === 2) throw new PdfUnsupported('CFF Expert charset');
  let pos = offset;
  const format = bytes[pos++];
  const charset: (string | undefined)[] = ['.notdef'];
  const length = glyphCount - 1;
  const u16 = (): number => {
    const value = ((bytes[pos] ?? 0) << 8) | (bytes[pos + 1] ?? 0);
    pos += 2;
    return value;
  };
  switch (format) {
    case 0:
      for (let i = 0; i < length; i++) charset.push(stringOf(u16(), strings));
      break;
    case 1:
    case 2:
      while (charset.length <= length) {
        if (pos >= bytes.length) malformed();
        let sid = u16();
        const count = format === 1 ? (bytes[pos++] ?? 0) : u16();
        for (let i = 0; i <= count; i++) charset.push(stringOf(sid++, strings));
      }
      break;
    default:
      malformed();
  }
  return charset;
}

/** Code -> glyph index (pdf.js's CFFParser.parseEncoding). */
function readEncoding(
  bytes: Uint8Array,
  offset: number,
  charset: (string | undefined)[],
  strings: Uint8Array[],
): Map<number, number> {
  const encoding = new Map<number, number>();
  if (offset === 1) throw new PdfUnsupported('CFF Expert encoding');
  if (offset === 0) {
    charset.forEach((name, glyph) => {
      const code = name === undefined ? -1 : StandardEncoding.indexOf(name);
      if (code !== -1) encoding.set(code, glyph);
    });
    return encoding;
  }
  let pos = offset;
  const format = bytes[pos++] ?? 0;
  switch (format & 0x7f) {
    case 0: {
      const count = bytes[pos++] ?? 0;
      for (let glyph = 1; glyph <= count; glyph++) encoding.set(bytes[pos++] ?? 0, glyph);
      break;
    }
    case 1: {
      const ranges = bytes[pos++] ?? 0;
      let glyph = 1;
      for (let i = 0; i < ranges; i++) {
        const start = bytes[pos++] ?? 0;
        const left = bytes[pos++] ?? 0;
        for (let code = start; code <= start + left; code++) encoding.set(code, glyph++);
      }
      break;
    }
    default:
      malformed();
  }
  if (format & 0x80) {
    const supplements = bytes[pos++] ?? 0;
    for (let i = 0; i < supplements; i++) {
      const code = bytes[pos++] ?? 0;
      const sid = ((bytes[pos] ?? 0) << 8) + (bytes[pos + 1] ?? 0);
      pos += 2;
      encoding.set(code, charset.indexOf(stringOf(sid, strings)));
    }
  }
  return encoding;
}

/** Code -> glyph name of the program's built-in encoding; undefined when it has none. */
export function cffBuiltInEncoding(data: Uint8Array): readonly string[] | undefined {
  // pdf.js skips leading garbage up to the header's major version byte.
  const start = data.indexOf(1);
  if (start < 0) malformed();
  const bytes = data.subarray(start);
  const names = readIndex(bytes, bytes[2] ?? 0);
  const topDicts = readIndex(bytes, names.end);
  const strings = readIndex(bytes, topDicts.end).items;
  const top = readDict(topDicts.items[0] ?? malformed());
  if (top.has(OP_ROS)) throw new PdfUnsupported('CID-keyed CFF in a simple font');
  const charStringsOffset = top.get(OP_CHARSTRINGS)?.[0];
  if (charStringsOffset === undefined || !(charStringsOffset > 0)) malformed();
  const glyphCount = readIndex(bytes, charStringsOffset).items.length;
  const charset = readCharset(bytes, top.get(OP_CHARSET)?.[0] ?? 0, glyphCount, strings);
  const encoding = readEncoding(bytes, top.get(OP_ENCODING)?.[0] ?? 0, charset, strings);
  const table: string[] = [];
  let any = false;
  for (const [code, glyph] of encoding) {
    const name = glyph >= 0 ? charset[glyph] : undefined;
    if (name) {
      table[code] = name;
      any = true;
    }
  }
  return any ? table : undefined;
}
