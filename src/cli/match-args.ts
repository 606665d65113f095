/** Arguments of `resume-health match RESUME JOB... [--json] [--top N] [-r] [--timeout SEC]`. */
import { parseArgs } from 'node:util';
import { DEFAULT_TIMEOUT_SECONDS, parseStrictArgs, UsageError } from './args.js';

export interface MatchCommand {
  kind: 'match';
  resume: string;
  jobs: string[];
  isJson: boolean;
  /** Show only the N best jobs. */
  top?: number;
  isRecursive: boolean;
  timeoutMs: number;
}

export function parseMatchArgs(
  args: readonly string[],
): MatchCommand | { kind: 'help'; topic: string } {
  const { values, positionals } = parseStrict(args);
  if (values.help) return { kind: 'help', topic: 'match' };
  const [resume, ...jobs] = positionals;
  if (resume === undefined || jobs.length === 0)
    throw new UsageError('match needs a RESUME and at least one JOB file or DIR.');
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) {
    throw new UsageError(
      `--timeout must be a positive number of seconds, got "${values.timeout}".`,
    );
  }
  const top = values.top === undefined ? undefined : Number(values.top);
  if (top !== undefined && (!Number.isInteger(top) || top < 1)) {
    throw new UsageError(`--top must be a positive whole number, got "${values.top}".`);
  }
  return {
    kind: 'match',
    resume,
    jobs,
    isJson: values.json ?? false,
    ...(top === undefined ? {} : { top }),
    isRecursive: values.recursive ?? false,
    timeoutMs: Math.round(timeout * 1000),
  };
}

function parseStrict(args: readonly string[]) {
  return parseStrictArgs(
    (config) =>
      parseArgs({
        ...config,
        options: {
          json: { type: 'boolean' },
          top: { type: 'string' },
          recursive: { type: 'boolean', short: 'r' },
          timeout: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }),
    args,
  );
}
