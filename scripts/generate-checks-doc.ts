/**
 * `npm run docs:checks`: writes docs/checks.md from the registry. `--check` only compares and
 * exits 1 when the file is stale (the catalogue meta-test does the same inside `npm test`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHECKS } from '../src/engine/checks/index.js';
import { MESSAGES } from '../src/engine/messages/catalog.js';
import { CHECKS_DOC_PATH, renderChecksDoc } from './checks-doc.js';

const target = join(import.meta.dirname, '..', CHECKS_DOC_PATH);
const expected = renderChecksDoc(CHECKS, MESSAGES);

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== expected) {
    process.stderr.write(`${CHECKS_DOC_PATH} is out of date: run npm run docs:checks\n`);
    process.exitCode = 1;
  }
} else {
  await writeFile(target, expected);
  process.stdout.write(`wrote ${CHECKS_DOC_PATH} (${CHECKS.length} checks)\n`);
}
