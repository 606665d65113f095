/**
 * Makes sure dist/web holds a build of the current web/ sources: runs `npm run build:web` when the
 * build is missing or older than a source file, so the e2e suite never tests a stale app.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const WEB_SOURCES = 'web';
export const WEB_DIST = 'dist/web';
const BUILD_TIMEOUT_MS = 120_000;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function isWebBuildCurrent(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return false;
  if (!existsSync(WEB_SOURCES)) return true;
  return statSync(index).mtimeMs >= newestMtime(WEB_SOURCES);
}

export function ensureWebBuild(): void {
  if (isWebBuildCurrent()) return;
  execFileSync('npm', ['run', '--silent', 'build:web'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: BUILD_TIMEOUT_MS,
  });
}
