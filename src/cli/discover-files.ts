/** Finds the documents to analyze from the paths given on the command line. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { UsageError } from './args.js';

export const SUPPORTED_EXTENSIONS = ['pdf', 'docx', 'doc', 'txt', 'md'] as const;

export interface InputFile {
  path: string;
  /** Path relative to the directory it was found in (the file name for a file argument). */
  relativePath: string;
  /** Whether the file came from scanning a directory. */
  isFromDirectory: boolean;
}

export function isSupportedFileName(name: string): boolean {
  const extension = extname(name).slice(1).toLowerCase();
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extension);
}

export async function discoverFiles(
  paths: readonly string[],
  options: { isRecursive: boolean },
): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const path of paths) {
    const stats = await stat(path).catch(() => undefined);
    if (!stats) throw new UsageError(`No such file or directory: ${path}`);
    if (stats.isDirectory()) {
      const found = await listDirectory(path, options.isRecursive);
      files.push(
        ...found.map((file) => ({
          path: file,
          relativePath: relative(path, file),
          isFromDirectory: true,
        })),
      );
    } else {
      files.push({ path, relativePath: baseName(path), isFromDirectory: false });
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
    else if (entry.isFile() && isSupportedFileName(entry.name)) files.push(path);
  }
  return files;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}
