/** Turns argv into a typed command; anything unexpected is a usage error (exit code 2). */
import { parseArgs } from 'node:util';
import { parseCoverLetterArgs, type CoverLetterCommand } from './commands/cover-letter.js';
import { parseMatchArgs, type MatchCommand } from './match-args.js';

export const DEFAULT_TIMEOUT_SECONDS = 20;

export const REPORT_FORMATS = ['text', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export type CliCommand =
  | { kind: 'help'; topic?: string }
  | { kind: 'version' }
  | {
      kind: 'analyze';
      paths: string[];
      format: ReportFormat;
      outDir?: string;
      isRecursive: boolean;
      timeoutMs: number;
      /** Finding codes to dismiss: listed in the report, left out of the score. */
      ignore: string[];
      /** Exit non-zero when a document scores below this (0..100). */
      minScore?: number;
      /** Add the premium analysis (AI rewrites, summary, advice) to each report. */
      isPremium?: boolean;
    }
  | MatchCommand
  | CoverLetterCommand;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const COMMANDS = new Set(['analyze', 'match', 'cover-letter', 'help']);

export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') return { kind: 'help' };
  if (first === '--version' || first === '-v') return { kind: 'version' };
  if (first.startsWith('-')) throw new UsageError(`Unknown option: ${first}`);
  if (!COMMANDS.has(first)) throw new UsageError(`Unknown command: ${first}`);
  if (first === 'help') return parseHelp(rest);
  if (first === 'match') return parseMatchArgs(rest);
  if (first === 'cover-letter') return parseCoverLetterArgs(rest);
  return parseAnalyze(rest);
}

function parseHelp(args: readonly string[]): CliCommand {
  const [topic, extra] = args;
  if (extra !== undefined) throw new UsageError('help takes at most one command name.');
  if (topic !== undefined && !COMMANDS.has(topic)) {
    throw new UsageError(`Unknown command: ${topic}`);
  }
  return topic === undefined ? { kind: 'help' } : { kind: 'help', topic };
}

function parseAnalyze(args: readonly string[]): CliCommand {
  const { values, positionals } = parseStrict(args);
  if (values.help) return { kind: 'help', topic: 'analyze' };
  if (positionals.length === 0) throw new UsageError('analyze needs a FILE or DIR.');
  const timeoutSeconds = parseTimeout(values.timeout);
  const minScore = parseMinScore(values['min-score']);
  const format = parseFormat(values.format, values.json ?? false);
  const isPremium = values.premium ?? false;
  if (isPremium && format === 'html') throw new UsageError('--premium works with text or json.');
  return {
    kind: 'analyze',
    paths: positionals,
    format,
    ...(values.out === undefined ? {} : { outDir: values.out }),
    isRecursive: values.recursive ?? false,
    timeoutMs: Math.round(timeoutSeconds * 1000),
    ignore: parseIgnore(values.ignore ?? []),
    ...(minScore === undefined ? {} : { minScore }),
    ...(isPremium ? { isPremium } : {}),
  };
}

/**
 * node:util's parseArgs in strict mode reports unknown flags and missing flag values as
 * TypeErrors (ERR_PARSE_ARGS_*); every command turns them into usage errors through this.
 */
export function parseStrictArgs<T>(parse: (config: StrictConfig) => T, args: readonly string[]): T {
  try {
    return parse({ args: [...args], allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export interface StrictConfig {
  args: string[];
  allowPositionals: true;
  strict: true;
}

function parseStrict(args: readonly string[]) {
  return parseStrictArgs((config) => parseArgs({ ...config, options: ARGS_OPTIONS }), args);
}

const ARGS_OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  ignore: { type: 'string', multiple: true },
  'min-score': { type: 'string' },
  out: { type: 'string' },
  recursive: { type: 'boolean', short: 'r' },
  timeout: { type: 'string' },
  premium: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseTimeout(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`--timeout must be a positive number of seconds, got "${raw}".`);
  }
  return seconds;
}

/** `--json` stays as the short form of `--format json`; contradicting them is a mistake. */
function parseFormat(raw: string | undefined, isJson: boolean): ReportFormat {
  if (raw === undefined) return isJson ? 'json' : 'text';
  if (!(REPORT_FORMATS as readonly string[]).includes(raw)) {
    throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}, got "${raw}".`);
  }
  if (isJson && raw !== 'json') throw new UsageError(`--json contradicts --format ${raw}.`);
  return raw as ReportFormat;
}

/** Repeatable and comma-separated, so `--ignore a,b` and `--ignore a --ignore b` both work. */
function parseIgnore(raw: readonly string[]): string[] {
  const codes = raw.flatMap((value) => value.split(',')).map((code) => code.trim());
  if (codes.some((code) => code === '')) throw new UsageError('--ignore needs a finding code.');
  return [...new Set(codes)];
}

function parseMinScore(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new UsageError(`--min-score must be a number from 0 to 100, got "${raw}".`);
  }
  return value;
}
