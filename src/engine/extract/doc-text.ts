/**
 * Reads the raw character stream of a Word 97-2003 document ([MS-DOC]): the FIB says where the
 * piece table (CLX) lives in the table stream, and each piece maps a run of character positions
 * to either 8-bit (cp1252) or UTF-16LE bytes in the WordDocument stream.
 */
import { EngineError } from '../errors.js';
import type { Budget } from '../options.js';
import type { CompoundFile } from './cfb.js';
import { decodeWindows1252 } from './text-decode.js';

export interface DocStories {
  /** All stories concatenated in CP order: main text, footnotes, headers, ... */
  text: string;
  mainLength: number;
  footnoteLength: number;
  headerLength: number;
  /** Story boundaries inside the header story (PlcfHdd), relative to its start. */
  headerStoryStarts: number[];
}

const FIB_IDENT = 0xa5ec;
/** nFib of Word 97; older files use a different, unsupported layout. */
const WORD97_NFIB = 0x00c1;
const FC_PLCF_HDD = 11;
const FC_CLX = 33;

export function readDocStories(file: CompoundFile, budget: Budget): DocStories {
  const word = file.readStream('WordDocument');
  if (!word || word.length < 64) throw corrupt('no-word-document-stream');
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (view.getUint16(0, true) !== FIB_IDENT) throw corrupt('bad-fib');
  const nFib = view.getUint16(2, true);
  const flags = view.getUint16(10, true);
  if (flags & 0x0100) throw new EngineError('WORD_PASSWORD_REQUIRED', { format: 'doc' });
  if (nFib < WORD97_NFIB && nFib !== 0)
    throw new EngineError('UNSUPPORTED_TYPE', { detected: 'word-6-95' });
  const table = file.readStream(flags & 0x0200 ? '1Table' : '0Table');
  if (!table) throw corrupt('no-table-stream');

  const csw = view.getUint16(32, true);
  const lwStart = 34 + csw * 2 + 2;
  const cslw = view.getUint16(lwStart - 2, true);
  const longAt = (index: number) => view.getInt32(lwStart + index * 4, true);
  const fcLcbStart = lwStart + cslw * 4 + 2;
  const fcLcb = (index: number) => ({
    fc: view.getUint32(fcLcbStart + index * 8, true),
    lcb: view.getUint32(fcLcbStart + index * 8 + 4, true),
  });
  const mainLength = Math.max(0, longAt(3));
  const footnoteLength = Math.max(0, longAt(4));
  const headerLength = Math.max(0, longAt(5));

  const clx = fcLcb(FC_CLX);
  if (clx.fc + clx.lcb > table.length || clx.lcb === 0) throw corrupt('clx-out-of-bounds');
  const text = readPieces(word, table.subarray(clx.fc, clx.fc + clx.lcb), budget);
  const hdd = fcLcb(FC_PLCF_HDD);
  const headerStoryStarts: number[] = [];
  if (hdd.lcb >= 8 && hdd.fc + hdd.lcb <= table.length) {
    const hddView = new DataView(table.buffer, table.byteOffset + hdd.fc, hdd.lcb);
    for (let at = 0; at + 4 <= hdd.lcb; at += 4)
      headerStoryStarts.push(hddView.getUint32(at, true));
  }
  return { text, mainLength, footnoteLength, headerLength, headerStoryStarts };
}

function readPieces(word: Uint8Array, clx: Uint8Array, budget: Budget): string {
  const view = new DataView(clx.buffer, clx.byteOffset, clx.byteLength);
  let at = 0;
  // Skip Prc records (property modifiers) until the Pcdt.
  while (at < clx.length && clx[at] === 0x01) at += 3 + view.getInt16(at + 1, true);
  if (clx[at] !== 0x02 || at + 5 > clx.length) throw corrupt('no-piece-table');
  const lcb = view.getUint32(at + 1, true);
  const plc = at + 5;
  if (plc + lcb > clx.length || (lcb - 4) % 12 !== 0) throw corrupt('bad-piece-table');
  const count = (lcb - 4) / 12;
  const utf16 = new TextDecoder('utf-16le');
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    budget.check();
    const start = view.getUint32(plc + i * 4, true);
    const end = view.getUint32(plc + (i + 1) * 4, true);
    if (end < start) throw corrupt('bad-piece-bounds');
    const length = end - start;
    total += length;
    if (total > word.length) throw corrupt('pieces-longer-than-stream');
    const raw = view.getUint32(plc + (count + 1) * 4 + i * 8 + 2, true);
    const isCompressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    const offset = isCompressed ? fc / 2 : fc;
    const byteLength = isCompressed ? length : length * 2;
    if (offset + byteLength > word.length) throw corrupt('piece-out-of-bounds');
    const bytes = word.subarray(offset, offset + byteLength);
    parts.push(isCompressed ? decodeWindows1252(bytes) : utf16.decode(bytes));
  }
  return parts.join('');
}

function corrupt(reason: string): EngineError {
  return new EngineError('DOC_CORRUPT', { reason });
}
