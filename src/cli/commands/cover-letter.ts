/**
 * `resume-health cover-letter RESUME JOB [--tone T] [--length L] [--json] [--timeout SEC]`: a
 * cover letter for one job description. The letter goes to stdout; when it comes from the
 * engine's template instead of the model, the reason goes to stderr ("degraded: ...").
 */
import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import type { CoverLetterLength, CoverLetterTone, PremiumService } from '../../ai/ports.js';
import { analyze } from '../../engine/index.js';
import { readJobDescriptionText } from '../../engine/match/index.js';
import { DEFAULT_TIMEOUT_SECONDS, parseStrictArgs, UsageError } from '../args.js';
import { createAnalyzeOptions } from '../engine-options.js';
import { EXIT_DOCUMENT_FAILED, EXIT_OK } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { readDocument as readFileDocument, type ReadResult } from '../read-document.js';
import { sanitizeForTerminal } from '../style.js';

const TONES: readonly CoverLetterTone[] = ['formal', 'friendly', 'enthusiastic', 'concise'];
const LENGTHS: readonly CoverLetterLength[] = ['short', 'medium', 'long'];

export interface CoverLetterCommand {
  kind: 'cover-letter';
  resume: string;
  job: string;
  tone: CoverLetterTone;
  length: CoverLetterLength;
  isJson: boolean;
  timeoutMs: number;
}

export function parseCoverLetterArgs(
  args: readonly string[],
): CoverLetterCommand | { kind: 'help'; topic: string } {
  const { values, positionals } = parseStrictArgs(
    (config) =>
      parseArgs({
        ...config,
        options: {
          tone: { type: 'string', default: 'formal' },
          length: { type: 'string', default: 'medium' },
          json: { type: 'boolean', default: false },
          timeout: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }),
    args,
  );
  if (values.help) return { kind: 'help', topic: 'cover-letter' };
  const [resume, job, extra] = positionals;
  if (resume === undefined || job === undefined || extra !== undefined) {
    throw new UsageError('cover-letter needs exactly one RESUME and one JOB file.');
  }
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) {
    throw new UsageError(
      `--timeout must be a positive number of seconds, got "${values.timeout}".`,
    );
  }
  return {
    kind: 'cover-letter',
    resume,
    job,
    tone: oneOf('--tone', TONES, values.tone),
    length: oneOf('--length', LENGTHS, values.length),
    isJson: values.json,
    timeoutMs: Math.round(timeout * 1000),
  };
}

export async function runCoverLetter(
  command: CoverLetterCommand,
  io: CliIo,
  premium: () => PremiumService,
): Promise<number> {
  const { timeoutMs } = command;
  const job = await readDocument(command.job, (bytes) =>
    readJobDescriptionText(bytes, createAnalyzeOptions({ timeBudgetMs: timeoutMs })),
  );
  if (!job.ok) return fail(io, command.job, job);
  const jobDescription = job.value;
  const resume = await readDocument(command.resume, (bytes) =>
    analyze(bytes, {
      ...createAnalyzeOptions({ declaredName: basename(command.resume), timeBudgetMs: timeoutMs }),
      now: new Date(),
      jobDescription,
    }),
  );
  if (!resume.ok) return fail(io, command.resume, resume);
  const report = resume.value;
  const letter = await premium().coverLetter(
    {
      report,
      resumeText: report.text,
      jobDescription,
      ...(report.match && { match: report.match }),
    },
    { tone: command.tone, length: command.length },
  );
  if (command.isJson) io.stdout.write(`${JSON.stringify(letter, null, 2)}\n`);
  // Model text may carry control sequences: keep the line breaks, drop everything unsafe.
  else io.stdout.write(`${letter.text.split('\n').map(sanitizeForTerminal).join('\n').trim()}\n`);
  if (letter.degraded) {
    io.stderr.write(`degraded: ${sanitizeForTerminal(letter.degradedReason ?? 'unknown')}\n`);
  }
  return EXIT_OK;
}

/** A missing file is a usage error here; other file-system failures are named by errno. */
async function readDocument<T>(
  path: string,
  read: (bytes: Uint8Array) => Promise<T>,
): Promise<ReadResult<T>> {
  const result = await readFileDocument(path, read);
  if (result.ok || result.code !== 'READ_FAILED') return result;
  if (result.errno === 'ENOENT') throw new UsageError(`No such file: ${sanitizeForTerminal(path)}`);
  return { ...result, message: `Cannot read the file (${result.errno ?? 'error'}).` };
}

function fail(io: CliIo, path: string, failure: { code: string; message: string }): number {
  io.stderr.write(`${sanitizeForTerminal(path)}: ${failure.code}: ${failure.message}\n`);
  return EXIT_DOCUMENT_FAILED;
}

function oneOf<T extends string>(flag: string, allowed: readonly T[], value: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got "${value}".`);
  }
  return value as T;
}
