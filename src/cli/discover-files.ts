/** Finds the documents to analyze from the paths given on the command line. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { UsageError } from './args.js';

export const SUPPORTED_EXTENSIONS = ['pdf', 'docx', 'doc', 'txt', 'md'] as const;
/** Job descriptions may also be saved web pages. */
export const JOB_EXTENSIONS = [...SUPPORTED_EXTENSIONS, 'html', 'htm'] as const;

export interface InputFile {
  path: string;
  /** Path relative to the directory it was found in (the file name for a file argument). */
  relativePath: string;
  /** Whether the file came from scanning a directory. */
  isFromDirectory: boolean;
}

export function isSupportedFileName(
  name: string,
  extensions: readonly string[] = SUPPORTED_EXTENSIONS,
): boolean {
  return extensions.includes(extname(name).slice(1).toLowerCase());
}

export async function discoverFiles(
  paths: readonly string[],
  options: { isRecursive: boolean; extensions?: readonly string[] },
): Promise<InputFile[]> {
  const extensions = options.extensions ?? SUPPORTED_EXTENSIONS;
  const files: InputFile[] = [];
  for (const path of paths) {
    const stats = await stat(path).catch(() => undefined);
    if (!stats) throw new UsageError(`No such file or directory: ${path}`);
    if (stats.isDirectory()) {
      const found = await listDirectory(path, options.isRecursive, extensions);
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

async function listDirectory(
  dir: string,
  isRecursive: boolean,
  extensions: readonly string[],
): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && isRecursive) {
      files.push(...(await listDirectory(path, true, extensions)));
    } else if (entry.isFile() && isSupportedFileName(entry.name, extensions)) {
      files.push(path);
    }
  }
  return files;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}
