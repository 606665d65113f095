/**
 * A bounded, lazy ZIP reader for DOCX containers. Everything is validated from the central
 * directory before a single byte is inflated: entry count, declared sizes, compression ratio,
 * encryption, methods and overlapping data ranges (the "overlapping files" zip bomb,
 * https://www.bamsoftware.com/hacks/zipbomb/). Inflation itself is capped again by the real output.
 */
import type { Budget, EngineLimits } from '../options.js';
import {
  corrupt,
  limitError,
  readCentralDirectory,
  readDirectoryLocation,
  type DirectoryLocation,
  type ZipEntry,
} from './zip-directory.js';
import { crc32, inflateBounded } from './zip-inflate.js';

export type { ZipEntry } from './zip-directory.js';

export interface ZipArchive {
  entries: ZipEntry[];
  /** Case-insensitive lookup: OOXML part names are case-insensitive. */
  get(name: string): ZipEntry | undefined;
  /** Inflates one entry, bounded by its declared size and the archive's total budget. */
  read(name: string): Uint8Array | undefined;
}

export type ZipLimits = Pick<
  EngineLimits,
  'maxZipEntries' | 'maxZipEntryBytes' | 'maxZipTotalBytes' | 'maxZipRatio'
>;

/** Small entries may legitimately compress very well (repetitive XML); ratio matters only for big ones. */
const RATIO_FLOOR_BYTES = 256 * 1024;

export function openZip(bytes: Uint8Array, limits: ZipLimits, budget?: Budget): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = readDirectoryLocation(bytes, view);
  if (dir.count > limits.maxZipEntries) {
    throw limitError('too-many-entries', { entries: dir.count, maxEntries: limits.maxZipEntries });
  }
  const entries = readCentralDirectory(bytes, view, dir, budget);
  checkDeclaredLimits(entries, limits);
  checkNoOverlap(entries, dir);
  return createArchive(bytes, entries, limits, budget);
}

function checkDeclaredLimits(entries: ZipEntry[], limits: ZipLimits): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 0x0001) throw corrupt('encrypted-entry', entry.name);
    if (entry.method !== 0 && entry.method !== 8) throw corrupt('unsupported-method', entry.name);
    if (entry.method === 0 && entry.size !== entry.compressedSize)
      throw corrupt('stored-size-mismatch', entry.name);
    if (entry.size > limits.maxZipEntryBytes) {
      throw limitError('entry-too-large', {
        entry: entry.name,
        bytes: entry.size,
        maxBytes: limits.maxZipEntryBytes,
      });
    }
    const ratio = entry.size / Math.max(1, entry.compressedSize);
    if (entry.size > RATIO_FLOOR_BYTES && ratio > limits.maxZipRatio) {
      throw limitError('compression-ratio', {
        entry: entry.name,
        ratio: Math.round(ratio),
        maxRatio: limits.maxZipRatio,
      });
    }
    total += entry.size;
  }
  if (total > limits.maxZipTotalBytes) {
    throw limitError('total-too-large', { bytes: total, maxBytes: limits.maxZipTotalBytes });
  }
}

/** Each entry's local header + data must be disjoint from every other entry and from the directory. */
function checkNoOverlap(entries: ZipEntry[], dir: DirectoryLocation): void {
  const ranges = entries
    .map((entry) => ({
      start: entry.localOffset,
      end: entry.dataStart + entry.compressedSize,
      name: entry.name,
    }))
    .sort((a, b) => a.start - b.start);
  let previousEnd = 0;
  for (const range of ranges) {
    if (range.start < previousEnd) throw limitError('overlapping-entries', { entry: range.name });
    previousEnd = range.end;
  }
  if (previousEnd > dir.offset)
    throw limitError('overlapping-entries', { entry: 'central-directory' });
}

function createArchive(
  bytes: Uint8Array,
  entries: ZipEntry[],
  limits: ZipLimits,
  budget?: Budget,
): ZipArchive {
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) {
    const key = entry.name.toLowerCase();
    // Two entries with one name let different readers see different documents: refuse.
    if (byName.has(key)) throw corrupt('duplicate-entry', entry.name);
    byName.set(key, entry);
  }
  let inflatedTotal = 0;
  const get = (name: string) => byName.get(name.replace(/^\//, '').toLowerCase());
  return {
    entries,
    get,
    read(name) {
      const entry = get(name);
      if (!entry) return undefined;
      const remaining = limits.maxZipTotalBytes - inflatedTotal;
      const raw = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
      const data =
        entry.method === 0
          ? raw
          : inflateBounded(raw, {
              maxBytes: Math.min(entry.size, remaining),
              entryName: entry.name,
              budget,
            });
      if (data.length !== entry.size) throw corrupt('size-mismatch', entry.name);
      if (crc32(data) !== entry.crc) throw corrupt('crc-mismatch', entry.name);
      inflatedTotal += data.length;
      return data;
    },
  };
}
