import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openZip } from '../../../src/engine/extract/zip.js';
import { DEFAULT_LIMITS } from '../../../src/engine/options.js';

const limits = DEFAULT_LIMITS;

function codeOf(action: () => unknown): { code?: string; details?: Record<string, unknown> } {
  try {
    action();
  } catch (error) {
    return error as { code: string; details: Record<string, unknown> };
  }
  return {};
}

/** Offsets of the first central directory entry and the EOCD, for patching headers in tests. */
function locate(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  return { view, eocd, central: view.getUint32(eocd + 16, true) };
}

describe('openZip', () => {
  it('lists entries and reads them lazily with CRC checks', () => {
    const bytes = zipSync({
      'a.txt': strToU8('hello world'),
      'dir/b.xml': strToU8('<x/>'.repeat(100)),
    });
    const zip = openZip(bytes, limits);
    expect(zip.entries.map((e) => e.name)).toEqual(['a.txt', 'dir/b.xml']);
    expect(new TextDecoder().decode(zip.read('A.TXT'))).toBe('hello world');
    expect(zip.read('/dir/b.xml')?.length).toBe(400);
    expect(zip.read('missing')).toBeUndefined();
  });

  it('rejects a high-ratio bomb from declared sizes before inflating', () => {
    const bytes = zipSync({ 'bomb.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    const error = codeOf(() => openZip(bytes, limits));
    expect(error.code).toBe('ARCHIVE_LIMIT_EXCEEDED');
    expect(error.details).toMatchObject({ reason: 'compression-ratio' });
  });

  it('catches an entry that inflates to more than its declared size', () => {
    const bytes = zipSync({ 'lie.xml': new Uint8Array(200_000) });
    const { view, central } = locate(bytes);
    view.setUint32(central + 24, 1000, true); // declared uncompressed size: 1000 bytes
    const zip = openZip(bytes, { ...limits, maxZipRatio: 1e9 });
    const error = codeOf(() => zip.read('lie.xml'));
    expect(error.code).toBe('ARCHIVE_LIMIT_EXCEEDED');
    expect(error.details).toMatchObject({ reason: 'entry-larger-than-declared' });
  });

  it('rejects too many entries, oversized entries and oversized totals', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20; i++) many[`f${i}`] = strToU8('x');
    expect(codeOf(() => openZip(zipSync(many), { ...limits, maxZipEntries: 10 })).code).toBe(
      'ARCHIVE_LIMIT_EXCEEDED',
    );
    const big = zipSync({ a: new Uint8Array(5000).fill(65), b: new Uint8Array(5000).fill(66) });
    expect(codeOf(() => openZip(big, { ...limits, maxZipEntryBytes: 4000 })).details).toMatchObject(
      { reason: 'entry-too-large' },
    );
    expect(codeOf(() => openZip(big, { ...limits, maxZipTotalBytes: 8000 })).details).toMatchObject(
      { reason: 'total-too-large' },
    );
  });

  it('rejects overlapping entries (two names pointing at the same data)', () => {
    const bytes = zipSync({ a: strToU8('first entry'), b: strToU8('second entry') }, { level: 0 });
    const { view, central } = locate(bytes);
    // a's declared data now runs into b's local header and data.
    view.setUint32(central + 20, 40, true);
    view.setUint32(central + 24, 40, true);
    const error = codeOf(() => openZip(bytes, limits));
    expect(error.code).toBe('ARCHIVE_LIMIT_EXCEEDED');
    expect(error.details).toMatchObject({ reason: 'overlapping-entries' });
  });

  it('rejects encrypted entries and unsupported methods', () => {
    const bytes = zipSync({ a: strToU8('secret') });
    const { view, central } = locate(bytes);
    view.setUint16(central + 8, 1, true);
    expect(codeOf(() => openZip(bytes, limits)).details).toMatchObject({
      reason: 'encrypted-entry',
    });
    const other = zipSync({ a: strToU8('data') });
    const located = locate(other);
    located.view.setUint16(located.central + 10, 12, true); // bzip2
    expect(codeOf(() => openZip(other, limits)).details).toMatchObject({
      reason: 'unsupported-method',
    });
  });

  it('reports truncated archives and corrupted data as DOCX_CORRUPT', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8('<w:document/>'.repeat(50)) });
    expect(codeOf(() => openZip(bytes.subarray(0, bytes.length - 30), limits)).code).toBe(
      'DOCX_CORRUPT',
    );
    expect(codeOf(() => openZip(bytes.subarray(0, 40), limits)).code).toBe('DOCX_CORRUPT');
    const flipped = bytes.slice();
    flipped[50] = flipped[50]! ^ 0xff; // inside the compressed data
    expect(codeOf(() => openZip(flipped, limits).read('word/document.xml')).code).toBe(
      'DOCX_CORRUPT',
    );
    const renamed = bytes.slice();
    renamed[35] = 'X'.charCodeAt(0); // local name no longer matches the central one
    expect(codeOf(() => openZip(renamed, limits)).details).toMatchObject({
      reason: 'local-name-mismatch',
    });
  });

  it('rejects duplicate entry names', () => {
    const bytes = zipSync({ 'a.xml': strToU8('one'), 'b.xml': strToU8('two') });
    const { central } = locate(bytes);
    bytes[central + 46] = 'b'.charCodeAt(0);
    bytes[30] = 'b'.charCodeAt(0); // the local header says the same
    expect(codeOf(() => openZip(bytes, limits)).details).toMatchObject({
      reason: 'duplicate-entry',
    });
  });
});
