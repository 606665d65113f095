/**
 * A raw ZIP writer whose every field can lie: declared sizes, aliases that share one local header
 * (overlapping entries), truncation. Enough of APPNOTE 6.3 for the malformed archives we need.
 */
import { deflateSync } from 'fflate';
import { concatBytes } from './case.js';

export interface ZipEntryInput {
  name: string;
  data: Uint8Array;
  /** Store instead of DEFLATE. */
  isStored?: boolean;
  /** Uncompressed size written into the headers instead of the real one. */
  declaredSize?: number;
}

export interface ZipOptions {
  /** Extra central-directory names pointing at the local header of entry `target`. */
  aliases?: Array<{ name: string; target: number }>;
}

export interface BuiltZip {
  bytes: Uint8Array;
  centralOffset: number;
  centralSize: number;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface Record {
  name: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function header(signature: number, fields: Array<[number, 2 | 4]>): Uint8Array {
  const length = 4 + fields.reduce((sum, [, width]) => sum + width, 0);
  const view = new DataView(new ArrayBuffer(length));
  view.setUint32(0, signature, true);
  let at = 4;
  for (const [value, width] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += width;
  }
  return new Uint8Array(view.buffer);
}

function localEntry(entry: ZipEntryInput, offset: number): { bytes: Uint8Array; record: Record } {
  const name = new TextEncoder().encode(entry.name);
  const method = entry.isStored ? 0 : 8;
  const body = entry.isStored ? entry.data : deflateSync(entry.data, { level: 9 });
  const record: Record = {
    name,
    method,
    crc: crc32(entry.data),
    compressedSize: body.length,
    size: entry.declaredSize ?? entry.data.length,
    offset,
  };
  const local = header(0x04034b50, [
    [20, 2],
    [0, 2],
    [method, 2],
    [0, 2],
    [0x21, 2],
    [record.crc, 4],
    [record.compressedSize, 4],
    [record.size, 4],
    [name.length, 2],
    [0, 2],
  ]);
  return { bytes: concatBytes([local, name, body]), record };
}

function finishZip(
  parts: Uint8Array[],
  records: readonly Record[],
  centralOffset: number,
): BuiltZip {
  let offset = centralOffset;
  const central: Uint8Array[] = [];
  for (const record of records) {
    const fixed = header(0x02014b50, [
      [20, 2],
      [20, 2],
      [0, 2],
      [record.method, 2],
      [0, 2],
      [0x21, 2],
      [record.crc, 4],
      [record.compressedSize, 4],
      [record.size, 4],
      [record.name.length, 2],
      [0, 2],
      [0, 2],
      [0, 2],
      [0, 2],
      [0, 4],
      [record.offset, 4],
    ]);
    central.push(fixed, record.name);
    offset += fixed.length + record.name.length;
  }
  const centralSize = offset - centralOffset;
  const count = records.length;
  const end = header(0x06054b50, [
    [0, 2],
    [0, 2],
    [count, 2],
    [count, 2],
    [centralSize, 4],
    [centralOffset, 4],
    [0, 2],
  ]);
  return { bytes: concatBytes([...parts, ...central, end]), centralOffset, centralSize };
}

export function buildZip(entries: readonly ZipEntryInput[], options: ZipOptions = {}): BuiltZip {
  const parts: Uint8Array[] = [];
  const records: Record[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { bytes, record } = localEntry(entry, offset);
    parts.push(bytes);
    records.push(record);
    offset += bytes.length;
  }
  const encoder = new TextEncoder();
  for (const alias of options.aliases ?? []) {
    records.push({ ...records[alias.target]!, name: encoder.encode(alias.name) });
  }
  return finishZip(parts, records, offset);
}

/**
 * A Fifield-style overlap (https://www.bamsoftware.com/hacks/zipbomb/): `outerName` is stored and
 * its data is the complete local entry of `inner`; the central directory lists both, so their byte
 * ranges overlap although every local and central name agrees.
 */
export function buildOverlappingZip(
  prefix: readonly ZipEntryInput[],
  outerName: string,
  inner: ZipEntryInput,
): BuiltZip {
  const parts: Uint8Array[] = [];
  const records: Record[] = [];
  let offset = 0;
  for (const entry of prefix) {
    const { bytes, record } = localEntry(entry, offset);
    parts.push(bytes);
    records.push(record);
    offset += bytes.length;
  }
  const innerOffset = offset + 30 + new TextEncoder().encode(outerName).length;
  const innerEntry = localEntry(inner, innerOffset);
  const outer = localEntry({ name: outerName, data: innerEntry.bytes, isStored: true }, offset);
  parts.push(outer.bytes);
  records.push(outer.record, innerEntry.record);
  return finishZip(parts, records, offset + outer.bytes.length);
}
