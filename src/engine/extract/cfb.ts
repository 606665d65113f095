/**
 * A small, bounded reader for Compound File Binary containers (MS-CFB), the envelope of legacy
 * .doc files. Written here rather than using the `cfb` package so every sector chain is
 * cycle-checked and bounded, errors are typed, and nothing reaches for Node's Buffer.
 * Only streams directly under the root storage are exposed: embedded objects live deeper.
 */
import { EngineError } from '../errors.js';

export interface CompoundFile {
  /** Names of streams and storages directly under the root. */
  rootNames: string[];
  readStream(name: string): Uint8Array | undefined;
}

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_REGULAR = 0xfffffffa;

interface DirectoryEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export function openCompoundFile(bytes: Uint8Array): CompoundFile {
  try {
    return parseCompoundFile(bytes);
  } catch (error) {
    // DataView reads past a truncated file throw RangeError: that is corruption, not a crash.
    if (error instanceof RangeError)
      throw new EngineError('DOC_CORRUPT', { reason: 'truncated' }, { cause: error });
    throw error;
  }
}

function parseCompoundFile(bytes: Uint8Array): CompoundFile {
  if (bytes.length < 512 || CFB_SIGNATURE.some((b, i) => bytes[i] !== b))
    throw corrupt('not-a-compound-file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) throw corrupt('bad-sector-size');
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const sectorOffset = (sector: number) => {
    const offset = (sector + 1) * sectorSize;
    if (sector > MAX_REGULAR || offset + sectorSize > bytes.length + sectorSize - 1)
      throw corrupt('sector-out-of-range');
    return offset;
  };
  const fat = readFat(view, sectorSize, sectorCount, sectorOffset);
  const chain = (start: number, table: Uint32Array): number[] => {
    const sectors: number[] = [];
    for (let sector = start; sector !== END_OF_CHAIN; sector = table[sector] ?? FREE) {
      if (sector >= table.length || sectors.length >= table.length)
        throw corrupt('bad-sector-chain');
      sectors.push(sector);
    }
    return sectors;
  };
  const readChain = (start: number, size: number): Uint8Array => {
    const out = new Uint8Array(size);
    let at = 0;
    for (const sector of chain(start, fat)) {
      if (at >= size) break;
      const offset = sectorOffset(sector);
      const piece = bytes.subarray(
        offset,
        Math.min(offset + sectorSize, offset + size - at, bytes.length),
      );
      out.set(piece, at);
      at += piece.length;
    }
    if (at < size) throw corrupt('stream-truncated');
    return out;
  };

  const directory = readDirectory(
    readChain(
      view.getUint32(0x30, true),
      chain(view.getUint32(0x30, true), fat).length * sectorSize,
    ),
  );
  const root = directory[0];
  if (!root || root.type !== 5) throw corrupt('no-root-entry');
  const cutoff = view.getUint32(0x38, true);
  let mini: { stream: Uint8Array; fat: Uint32Array } | undefined;
  const readMini = (start: number, size: number): Uint8Array => {
    if (!mini) {
      const miniFatStart = view.getUint32(0x3c, true);
      const miniFatBytes =
        miniFatStart === END_OF_CHAIN
          ? new Uint8Array(0)
          : readChain(miniFatStart, chain(miniFatStart, fat).length * sectorSize);
      mini = { stream: readChain(root.start, root.size), fat: toUint32(miniFatBytes) };
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const sector of chain(start, mini.fat)) {
      if (at >= size) break;
      const piece = mini.stream.subarray(
        sector * 64,
        Math.min(sector * 64 + 64, sector * 64 + size - at),
      );
      out.set(piece, at);
      at += piece.length;
    }
    if (at < size) throw corrupt('mini-stream-truncated');
    return out;
  };

  const children = listChildren(directory, root.child);
  return {
    rootNames: children.map((entry) => entry.name),
    readStream(name) {
      try {
        return readNamed(name);
      } catch (error) {
        if (error instanceof RangeError)
          throw new EngineError('DOC_CORRUPT', { reason: 'truncated' }, { cause: error });
        throw error;
      }
    },
  };

  function readNamed(name: string): Uint8Array | undefined {
    const entry = children.find((candidate) => candidate.type === 2 && candidate.name === name);
    if (!entry) return undefined;
    if (entry.size > bytes.length) throw corrupt('stream-larger-than-file');
    return entry.size < cutoff
      ? readMini(entry.start, entry.size)
      : readChain(entry.start, entry.size);
  }
}

function readFat(
  view: DataView,
  sectorSize: number,
  sectorCount: number,
  sectorOffset: (s: number) => number,
): Uint32Array {
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const sector = view.getUint32(0x4c + i * 4, true);
    if (sector <= MAX_REGULAR) fatSectors.push(sector);
  }
  const perSector = sectorSize / 4;
  let difat = view.getUint32(0x44, true);
  for (let guard = 0; difat <= MAX_REGULAR; guard++) {
    if (guard > sectorCount) throw corrupt('difat-cycle');
    const offset = sectorOffset(difat);
    for (let i = 0; i < perSector - 1; i++) {
      const sector = view.getUint32(offset + i * 4, true);
      if (sector <= MAX_REGULAR) fatSectors.push(sector);
    }
    difat = view.getUint32(offset + (perSector - 1) * 4, true);
  }
  if (fatSectors.length === 0 || fatSectors.length > sectorCount) throw corrupt('bad-fat');
  const fat = new Uint32Array(fatSectors.length * perSector);
  fatSectors.forEach((sector, index) => {
    const offset = sectorOffset(sector);
    for (let i = 0; i < perSector; i++)
      fat[index * perSector + i] = view.getUint32(offset + i * 4, true);
  });
  return fat;
}

function readDirectory(data: Uint8Array): DirectoryEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const entries: DirectoryEntry[] = [];
  for (let at = 0; at + 128 <= data.length; at += 128) {
    const nameLength = Math.min(64, view.getUint16(at + 0x40, true));
    let name = '';
    for (let i = 0; i + 2 < nameLength; i += 2)
      name += String.fromCharCode(view.getUint16(at + i, true));
    entries.push({
      name,
      type: data[at + 0x42]!,
      left: view.getUint32(at + 0x44, true),
      right: view.getUint32(at + 0x48, true),
      child: view.getUint32(at + 0x4c, true),
      start: view.getUint32(at + 0x74, true),
      // Version 3 files may leave garbage in the high half; no stream here exceeds 4 GiB.
      size: view.getUint32(at + 0x78, true),
    });
  }
  return entries;
}

/** Walks the red-black sibling tree of one storage, each entry visited at most once. */
function listChildren(directory: DirectoryEntry[], first: number): DirectoryEntry[] {
  const out: DirectoryEntry[] = [];
  const seen = new Set<number>();
  const stack = [first];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id >= directory.length || seen.has(id)) continue;
    seen.add(id);
    const entry = directory[id]!;
    out.push(entry);
    stack.push(entry.left, entry.right);
  }
  return out;
}

function toUint32(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(Math.floor(bytes.length / 4));
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

function corrupt(reason: string): EngineError {
  return new EngineError('DOC_CORRUPT', { reason });
}
