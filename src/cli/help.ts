/** Help texts; the exit codes documented here are the ones `main` returns. */
import { readFileSync } from 'node:fs';
import { DEFAULT_TIMEOUT_SECONDS } from './args.js';
import { SUPPORTED_EXTENSIONS } from './discover-files.js';

const EXIT_CODES = `Exit codes:
  0  every document was analyzed
  1  at least one document could not be read (its error code is printed)
  2  usage error: unknown command or flag, missing file or directory`;

const ANALYZE_HELP = `Usage: resume-health analyze FILE|DIR... [options]

Analyzes resumes and prints what an applicant tracking system reads from them.
A directory is scanned for ${SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(', ')} files.

Options:
  --json            print the report contract as JSON (one JSON object per line for several files)
  --out DIR         also write one <file name>.json report per document into DIR
  -r, --recursive   scan directories recursively
  --timeout SEC     time budget per document in seconds (default ${DEFAULT_TIMEOUT_SECONDS})
  -h, --help        show this help

Colours are used only when stdout is a terminal and NO_COLOR is not set.

${EXIT_CODES}`;

const GENERAL_HELP = `Usage: resume-health <command> [options]

Commands:
  analyze FILE|DIR...   analyze resumes (PDF, DOCX, DOC, TXT, Markdown)
  help [command]        show help for a command

Options:
  -h, --help            show this help
  -v, --version         print the version

${EXIT_CODES}`;

export function renderHelp(topic?: string): string {
  return `${topic === 'analyze' ? ANALYZE_HELP : GENERAL_HELP}\n`;
}

/** The package version, read from package.json next to src/ and dist/ alike. */
export function readPackageVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  const parsed = JSON.parse(readFileSync(url, 'utf8')) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : '0.0.0';
}
