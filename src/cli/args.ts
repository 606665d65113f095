/** Turns argv into a typed command; anything unexpected is a usage error (exit code 2). */
import { parseArgs } from 'node:util';

export const DEFAULT_TIMEOUT_SECONDS = 20;

export type CliCommand =
  | { kind: 'help'; topic?: string }
  | { kind: 'version' }
  | {
      kind: 'analyze';
      paths: string[];
      isJson: boolean;
      outDir?: string;
      isRecursive: boolean;
      timeoutMs: number;
    };

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const COMMANDS = new Set(['analyze', 'help']);

export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') return { kind: 'help' };
  if (first === '--version' || first === '-v') return { kind: 'version' };
  if (first.startsWith('-')) throw new UsageError(`Unknown option: ${first}`);
  if (!COMMANDS.has(first)) throw new UsageError(`Unknown command: ${first}`);
  if (first === 'help') return parseHelp(rest);
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
  return {
    kind: 'analyze',
    paths: positionals,
    isJson: values.json ?? false,
    ...(values.out === undefined ? {} : { outDir: values.out }),
    isRecursive: values.recursive ?? false,
    timeoutMs: Math.round(timeoutSeconds * 1000),
  };
}

function parseStrict(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        out: { type: 'string' },
        recursive: { type: 'boolean', short: 'r' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // node:util reports unknown flags and missing flag values as TypeErrors with ERR_PARSE_ARGS_*.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function parseTimeout(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`--timeout must be a positive number of seconds, got "${raw}".`);
  }
  return seconds;
}
