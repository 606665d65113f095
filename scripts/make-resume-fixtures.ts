/**
 * Regenerates the Word-style resume fixtures in test/fixtures/resumes from the HTML sources in
 * test/fixtures/resumes/src with LibreOffice (Debian: libreoffice-writer-nogui, poppler-utils):
 * HTML -> DOCX (as Word writes it) -> PDF, plus legacy .doc copies and an image-only "scan".
 * The outputs are committed; tests and CI never run this script.
 *
 *   npx tsx scripts/make-resume-fixtures.ts            (test/fixtures/resumes)
 *   npx tsx scripts/make-resume-fixtures.ts holdout    (test/fixtures/holdout)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';

const root = join(import.meta.dirname, '..', 'test', 'fixtures', process.argv[2] ?? 'resumes');
const sources = join(root, 'src');
const legacyDoc = new Set(['de-lebenslauf', 'en-word-classic']);
const scanned = 'en-word-classic';

function soffice(args: string[], outDir: string): void {
  execFileSync('soffice', ['--headless', '--norestore', ...args, '--outdir', outDir], {
    stdio: 'ignore',
    timeout: 120_000,
  });
}

for (const file of readdirSync(sources).filter((name) => name.endsWith('.html'))) {
  const name = basename(file, '.html');
  soffice(
    ['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', join(sources, file)],
    root,
  );
  soffice(['--convert-to', 'pdf', join(root, `${name}.docx`)], root);
  if (legacyDoc.has(name)) {
    soffice(['--convert-to', 'doc:MS Word 97', join(root, `${name}.docx`)], root);
  }
}

if (!existsSync(join(root, `${scanned}.pdf`))) process.exit(0);

// An image-only PDF: the first page rendered to a bitmap and wrapped in a PDF again.
const work = mkdtempSync(join(tmpdir(), 'resume-scan-'));
execFileSync('pdftoppm', [
  '-r',
  '110',
  '-f',
  '1',
  '-l',
  '1',
  '-png',
  join(root, `${scanned}.pdf`),
  join(work, 'page'),
]);
const [png] = readdirSync(work).filter((name) => name.endsWith('.png'));
if (!png) throw new Error('pdftoppm produced no page image');
const scan = await PDFDocument.create();
const image = await scan.embedPng(readFileSync(join(work, png)));
scan.addPage([612, 792]).drawImage(image, { x: 0, y: 0, width: 612, height: 792 });
writeFileSync(join(root, `${scanned}-scan.pdf`), await scan.save());
rmSync(work, { recursive: true, force: true });
