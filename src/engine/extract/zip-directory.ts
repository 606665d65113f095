/**
 * Parsing of the ZIP structures themselves: end of central directory (bounded search), ZIP64
 * records, central directory entries and local headers, with every offset checked against the
 * file. Nothing here inflates data.
 */
import { EngineError } from '../errors.js';
import type { Budget } from '../options.js';

export interface ZipEntry {
  name: string;
  rawName: Uint8Array;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** First byte of the entry's data, after the local header. */
  dataStart: number;
}

const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export interface DirectoryLocation {
  offset: number;
  size: number;
  count: number;
}

export function readDirectoryLocation(bytes: Uint8Array, view: DataView): DirectoryLocation {
  const eocd = findEocd(bytes, view);
  if (eocd < 0) throw corrupt('no-end-of-central-directory');
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) {
    throw corrupt('multi-disk-archive');
  }
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    ({ count, size, offset } = readZip64Location(view, eocd));
  }
  if (offset + size > eocd) throw corrupt('central-directory-out-of-bounds');
  return { offset, size, count };
}

/** The EOCD record sits in the last 22 + 65535 bytes; the search never looks further back. */
function findEocd(bytes: Uint8Array, view: DataView): number {
  const stop = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= stop; at--) {
    if (bytes[at] === 0x50 && view.getUint32(at, true) === 0x06054b50) {
      if (at + EOCD_SIZE + view.getUint16(at + 20, true) <= bytes.length) return at;
    }
  }
  return -1;
}

function readZip64Location(view: DataView, eocd: number): DirectoryLocation {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50)
    throw corrupt('zip64-locator-missing');
  const record = readUint64(view, locator + 8);
  if (record + 56 > locator || view.getUint32(record, true) !== 0x06064b50) {
    throw corrupt('zip64-record-missing');
  }
  return {
    count: readUint64(view, record + 32),
    size: readUint64(view, record + 40),
    offset: readUint64(view, record + 48),
  };
}

function readUint64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  // Anything past 2^53 cannot describe a document inside a 10 MiB upload.
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw limitError('zip64-value-too-large', {});
  return Number(value);
}

export function readCentralDirectory(
  bytes: Uint8Array,
  view: DataView,
  dir: DirectoryLocation,
  budget?: Budget,
): ZipEntry[] {
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = dir.offset;
  const end = dir.offset + dir.size;
  for (let i = 0; i < dir.count; i++) {
    if ((i & 255) === 0) budget?.check();
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50)
      throw corrupt('bad-central-entry');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > end) throw corrupt('bad-central-entry');
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      rawName: bytes.subarray(at + 46, at + 46 + nameLength),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      dataStart: 0,
    };
    applyZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entry.dataStart = readLocalDataStart(view, entry, dir.offset);
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** ZIP64 extended information (header 0x0001) holds the real values of fields set to 0xffffffff. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  if (
    entry.size !== 0xffffffff &&
    entry.compressedSize !== 0xffffffff &&
    entry.localOffset !== 0xffffffff
  )
    return;
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const take = () => {
        if (field + 8 > at + 4 + size) throw corrupt('bad-zip64-extra');
        const value = readUint64(view, field);
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localOffset === 0xffffffff) entry.localOffset = take();
      return;
    }
    at += 4 + size;
  }
  throw corrupt('zip64-extra-missing');
}

function readLocalDataStart(view: DataView, entry: ZipEntry, directoryOffset: number): number {
  const at = entry.localOffset;
  if (at + 30 > directoryOffset || view.getUint32(at, true) !== 0x04034b50) {
    throw corrupt('bad-local-header', entry.name);
  }
  const nameLength = view.getUint16(at + 26, true);
  // A local name that differs from the central one lets two readers disagree on the content.
  if (
    nameLength !== entry.rawName.length ||
    entry.rawName.some((b, i) => view.getUint8(at + 30 + i) !== b)
  ) {
    throw corrupt('local-name-mismatch', entry.name);
  }
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > directoryOffset)
    throw corrupt('entry-out-of-bounds', entry.name);
  return start;
}

export function corrupt(reason: string, entry?: string): EngineError {
  return new EngineError('DOCX_CORRUPT', entry === undefined ? { reason } : { reason, entry });
}

export function limitError(reason: string, details: Record<string, string | number>): EngineError {
  return new EngineError('ARCHIVE_LIMIT_EXCEEDED', { reason, ...details });
}
