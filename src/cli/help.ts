/** Help texts; the exit codes documented here are the ones `main` returns. */
import { readFileSync } from 'node:fs';
import { DEFAULT_TIMEOUT_SECONDS } from './args.js';
import { SUPPORTED_EXTENSIONS } from './discover-files.js';

const EXIT_CODES = `Exit codes:
  0  every document was analyzed (and scored at least --min-score, if given)
  1  at least one document could not be read (its error code is printed); wins over 3
  2  usage error: unknown command or flag, missing file or directory
  3  every document was read, but at least one scored below --min-score`;

const ANALYZE_HELP = `Usage: resume-health analyze FILE|DIR... [options]

Analyzes resumes and prints what an applicant tracking system reads from them.
A directory is scanned for ${SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(', ')} files.

Options:
  --format FORMAT   text (default): score, findings with evidence and fixes, what the ATS reads
                    json: the report contract (one JSON object per line for several files)
                    html: one self-contained, printable page per document
  --json            same as --format json
  --out DIR         also write one report per document into DIR: <file name>.html with
                    --format html (then required for several documents), else <file name>.json
  --ignore CODE     dismiss a finding code: it is listed as dismissed and the score is
                    recomputed without it; repeatable, or comma-separated (CODE,CODE)
  --min-score N     exit with code 3 when any document scores below N (0-100), for CI
  -r, --recursive   scan directories recursively
  --timeout SEC     time budget per document in seconds (default ${DEFAULT_TIMEOUT_SECONDS})
  --premium         add AI rewrites (each keeps every fact), a summary and advice; the model is
                    set by LLM_BASE_URL, LLM_MODEL and LLM_API_KEY (or OPENAI_API_KEY). Without
                    one the engine's own suggestions are shown, marked "degraded: <reason>"
  -h, --help        show this help

Finding codes, what each check looks for and how to fix it: docs/checks.md.
How the score is computed: docs/scoring.md.

Colours are used only when stdout is a terminal and NO_COLOR is not set.

${EXIT_CODES}`;

const MATCH_HELP = `Usage: resume-health match RESUME JOB|DIR... [options]

Ranks job descriptions by how well the resume fits them: score 0-100, title, and the most
important required terms the resume lacks. A JOB is a .txt, .md, .html, .pdf or .docx file;
a directory is scanned for them. How the score is computed: docs/matching.md.

Options:
  --json            print the ranking as JSON (rank, file, score and the full match result)
  --top N           show only the N best-fitting jobs
  -r, --recursive   scan directories recursively
  --timeout SEC     time budget per document in seconds (default ${DEFAULT_TIMEOUT_SECONDS})
  -h, --help        show this help

Exit codes:
  0  the resume and every job were read
  1  the resume or at least one job could not be read (its error code is printed)
  2  usage error: unknown command or flag, missing file or directory`;

const COVER_LETTER_HELP = `Usage: resume-health cover-letter RESUME JOB [options]

Writes a cover letter for the job from the resume, without inventing experience. The letter
goes to stdout; when no model is configured (LLM_BASE_URL, LLM_MODEL, LLM_API_KEY) or it is
failing, a template filled from the match is printed and "degraded: <reason>" goes to stderr.

Options:
  --tone TONE       formal (default), friendly, enthusiastic or concise
  --length LENGTH   short, medium (default) or long
  --json            print the letter and its provenance (model, prompt version) as JSON
  --timeout SEC     time budget per document in seconds (default ${DEFAULT_TIMEOUT_SECONDS})
  -h, --help        show this help

Exit codes:
  0  the letter was written (possibly degraded)
  1  the resume or the job description could not be read (its error code is printed)
  2  usage error or invalid configuration`;

const GENERAL_HELP = `Usage: resume-health <command> [options]

Commands:
  analyze FILE|DIR...   analyze resumes (PDF, DOCX, DOC, TXT, Markdown)
  match RESUME JOB...   rank job descriptions by how well the resume fits them
  cover-letter RESUME JOB  write a cover letter for a job description
  help [command]        show help for a command

Options:
  -h, --help            show this help
  -v, --version         print the version

${EXIT_CODES}`;

export function renderHelp(topic?: string): string {
  const texts: Record<string, string> = {
    analyze: ANALYZE_HELP,
    match: MATCH_HELP,
    'cover-letter': COVER_LETTER_HELP,
  };
  return `${(topic && texts[topic]) ?? GENERAL_HELP}\n`;
}

/** The package version, read from package.json next to src/ and dist/ alike. */
export function readPackageVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  const parsed = JSON.parse(readFileSync(url, 'utf8')) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : '0.0.0';
}
