/** Files that are not resumes at all, or text that is barely text. */
import { deflateSync } from 'fflate';
import { concatBytes, latin1, type MaliciousCase } from './case.js';
import { VALID_DOCX } from './docx-cases.js';
import { VALID_PDF } from './pdf-cases.js';
import type { Prng } from './prng.js';
import { buildZip, crc32 } from './zip-writer.js';

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = concatBytes([latin1(type), data]);
  const frame = new DataView(new ArrayBuffer(8));
  frame.setUint32(0, data.length);
  const crc = new DataView(new ArrayBuffer(4));
  crc.setUint32(0, crc32(body));
  return concatBytes([new Uint8Array(frame.buffer, 0, 4), body, new Uint8Array(crc.buffer)]);
}

/** A real 1x1 RGB PNG. */
function png(): Uint8Array {
  const ihdr = Uint8Array.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = zlibWrap(Uint8Array.from([0, 255, 255, 255]));
  return concatBytes([
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

function zlibWrap(data: Uint8Array): Uint8Array {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const adler = new DataView(new ArrayBuffer(4));
  adler.setUint32(0, ((b << 16) | a) >>> 0);
  return concatBytes([
    Uint8Array.from([0x78, 0xda]),
    deflateSync(data),
    new Uint8Array(adler.buffer),
  ]);
}

/** An x86-64 ELF header followed by a few instructions' worth of bytes. */
function elf(prng: Prng): Uint8Array {
  const header = new Uint8Array(64);
  header.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  const view = new DataView(header.buffer);
  view.setUint16(16, 2, true);
  view.setUint16(18, 0x3e, true);
  view.setUint32(20, 1, true);
  view.setUint16(52, 64, true);
  return concatBytes([header, prng.bytes(448)]);
}

/** A UTF-16LE resume with a BOM and three lone surrogates (a broken converter's output). */
function utf16WithLoneSurrogates(): Uint8Array {
  const text = [
    'Jane Smith',
    'jane.smith@example.com | +1 415 555 0100 | San Francisco, CA',
    'EXPERIENCE',
    'Software Engineer, Acme Corp, Jan 2020 - Present',
    '- Built the billing pipeline \ud800 serving 2M customers',
    '- Cut p99 latency by 40% \udc00 across 12 services',
    'EDUCATION',
    'Stanford University, BSc Computer Science, 2015 - 2019 \udfff',
    '',
  ].join('\n');
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, true);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), true);
  return bytes;
}

function odt(): Uint8Array {
  const text = new TextEncoder();
  return buildZip([
    {
      name: 'mimetype',
      data: text.encode('application/vnd.oasis.opendocument.text'),
      isStored: true,
    },
    {
      name: 'content.xml',
      data: text.encode(
        '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>Jane Smith</text:p></office:text></office:body></office:document-content>',
      ),
    },
    {
      name: 'META-INF/manifest.xml',
      data: text.encode(
        '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>',
      ),
    },
  ]).bytes;
}

export function miscCases(prng: Prng): MaliciousCase[] {
  const cfbHeader = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return [
    {
      file: 'empty.pdf',
      description: 'Zero bytes.',
      expect: { error: 'EMPTY_FILE' },
      bytes: new Uint8Array(0),
    },
    {
      file: 'random.bin',
      description: '4 KiB of seeded random bytes.',
      expect: { error: 'UNSUPPORTED_TYPE' },
      bytes: prng.bytes(4096),
    },
    {
      file: 'image.png',
      description: 'A real 1x1 PNG image.',
      expect: { error: 'UNSUPPORTED_TYPE' },
      bytes: png(),
    },
    {
      file: 'program.elf',
      description: 'An x86-64 ELF executable header.',
      expect: { error: 'UNSUPPORTED_TYPE' },
      bytes: elf(prng),
    },
    {
      file: 'resume.rtf',
      description: 'An RTF resume (text-like, but not a supported format).',
      expect: { error: 'UNSUPPORTED_TYPE' },
      bytes: latin1(
        '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\\f0 Jane Smith\\par jane@example.com\\par EXPERIENCE\\par}',
      ),
    },
    {
      file: 'resume.odt',
      description: 'An OpenDocument text file (a ZIP, but not DOCX).',
      expect: { error: 'UNSUPPORTED_TYPE' },
      bytes: odt(),
    },
    {
      file: 'archive.zip',
      description: 'A plain ZIP archive holding a text file.',
      expect: { error: 'UNSUPPORTED_TYPE' },
      bytes: buildZip([{ name: 'notes.txt', data: latin1('Jane Smith') }]).bytes,
    },
    {
      file: 'corrupt.doc',
      description: 'A compound-file (legacy .doc) signature followed by garbage.',
      expect: { error: 'DOC_CORRUPT' },
      bytes: concatBytes([cfbHeader, prng.bytes(2040)]),
    },
    {
      file: 'pdf-named.docx',
      description: 'A valid PDF named .docx.',
      expect: { error: 'TYPE_MISMATCH' },
      bytes: VALID_PDF,
    },
    {
      file: 'oversized-11mib.pdf',
      description: 'A valid PDF padded to 11 MiB at test time (limit is 10 MiB).',
      expect: { error: 'FILE_TOO_LARGE' },
      bytes: VALID_PDF,
      padToBytes: 11 * 1024 * 1024,
    },
    {
      file: 'utf16-invalid-surrogates.txt',
      description: 'UTF-16LE text with a BOM and lone high and low surrogates.',
      expect: { result: true, diagnostic: 'text.replacement-characters' },
      bytes: utf16WithLoneSurrogates(),
    },
    {
      file: 'nul-bytes.txt',
      description: '4 KiB of NUL bytes named .txt.',
      expect: { error: 'UNSUPPORTED_TYPE' },
      bytes: new Uint8Array(4096),
    },
    {
      file: 'valid.docx',
      description: 'Control case: a minimal valid DOCX resume.',
      expect: { result: true },
      bytes: VALID_DOCX,
    },
    {
      file: 'valid.pdf',
      description: 'Control case: a minimal valid PDF resume.',
      expect: { result: true },
      bytes: VALID_PDF,
    },
  ];
}
