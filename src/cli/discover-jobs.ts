/** Job description files from the command line: files as given, directories scanned for them. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { UsageError } from './args.js';
import type { InputFile } from './discover-files.js';

export const JOB_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'pdf', 'docx', 'doc'] as const;

function isJobFileName(name: string): boolean {
  return (JOB_EXTENSIONS as readonly string[]).includes(extname(name).slice(1).toLowerCase());
}

export async function discoverJobs(
  paths: readonly string[],
  options: { isRecursive: boolean },
): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const path of paths) {
    const stats = await stat(path).catch(() => undefined);
    if (!stats) throw new UsageError(`No such file or directory: ${path}`);
    if (!stats.isDirectory()) {
      files.push({
        path,
        relativePath: path.split(/[\\/]/).filter(Boolean).pop() ?? path,
        isFromDirectory: false,
      });
      continue;
    }
    for (const file of await listDirectory(path, options.isRecursive)) {
      files.push({ path: file, relativePath: relative(path, file), isFromDirectory: true });
    }
  }
  return files;
}

async function listDirectory(dir: string, isRecursive: boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && isRecursive) files.push(...(await listDirectory(path, true)));
    else if (entry.isFile() && isJobFileName(entry.name)) files.push(path);
  }
  return files;
}
