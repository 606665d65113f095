/**
 * The initial JavaScript of the built app, gzipped: the scripts and module preloads index.html
 * names. Chunks loaded later with `import()` (the PDF renderer) are not listed there, so they do
 * not count, which is the point.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+)"/gi;
const MODULE_PRELOAD = /<link\b(?=[^>]*\brel="modulepreload")[^>]*\bhref="([^"]+)"/gi;

export function listInitialScripts(indexHtml: string): string[] {
  const urls = [...indexHtml.matchAll(SCRIPT_SRC), ...indexHtml.matchAll(MODULE_PRELOAD)].map(
    (match) => match[1]!,
  );
  const local = urls.filter((url) => !/^[a-z]+:\/\//i.test(url) && !url.startsWith('//'));
  return [...new Set(local.map((url) => url.replace(/^\.?\//, '').split(/[?#]/)[0]!))];
}

export function measureInitialBundle(distDir: string): BundleFile[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return listInitialScripts(html).map((path) => {
    const content = readFileSync(join(distDir, path));
    return { path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}
