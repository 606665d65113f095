/**
 * Regenerates the layout fixtures in test/fixtures/layout from the HTML sources in
 * test/fixtures/layout/src with LibreOffice (as make-resume-fixtures.ts does): HTML -> DOCX -> PDF,
 * so the PDFs carry Word-style tables, Symbol-font bullets and mixed bold runs. Only the PDFs and
 * their HTML are committed; tests and CI never run this script.
 *
 *   npx tsx scripts/make-layout-fixtures.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const root = join(import.meta.dirname, '..', 'test', 'fixtures', 'layout');
const sources = join(root, 'src');
const work = mkdtempSync(join(tmpdir(), 'layout-fixtures-'));

function soffice(args: string[]): void {
  execFileSync('soffice', ['--headless', '--norestore', ...args, '--outdir', work], {
    stdio: 'ignore',
    timeout: 120_000,
  });
}

for (const file of readdirSync(sources).filter((name) => name.endsWith('.html'))) {
  const name = basename(file, '.html');
  soffice([
    '--infilter=HTML (StarWriter)',
    '--convert-to',
    'docx:MS Word 2007 XML',
    join(sources, file),
  ]);
  soffice(['--convert-to', 'pdf', join(work, `${name}.docx`)]);
  renameSync(join(work, `${name}.pdf`), join(root, `${name}.pdf`));
}
rmSync(work, { recursive: true, force: true });
