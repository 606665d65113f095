/** The `resume-health` command: parses argv, dispatches, maps outcomes to exit codes. */
import { pathToFileURL } from 'node:url';
import type { PremiumService } from '../ai/ports.js';
import { ConfigError } from '../config.js';
import { parseCliArgs, UsageError } from './args.js';
import { runAnalyze } from './commands/analyze.js';
import { runCoverLetter } from './commands/cover-letter.js';
import { runMatch } from './commands/match.js';
import { EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { readPackageVersion, renderHelp } from './help.js';
import { createProcessIo, type CliIo } from './io.js';
import { createCliPremium } from './premium.js';

export interface CliDeps {
  /** Builds the premium service on first use; by default from the config schema over `io.env`. */
  createPremium?: (env: CliIo['env']) => PremiumService;
}

export async function main(
  argv: readonly string[],
  io: CliIo,
  deps: CliDeps = {},
): Promise<number> {
  let premium: PremiumService | undefined;
  // Only premium commands read the config: a plain analysis must not fail on an unrelated setting.
  const getPremium = () => (premium ??= (deps.createPremium ?? createCliPremium)(io.env));
  try {
    const command = parseCliArgs(argv);
    switch (command.kind) {
      case 'help':
        io.stdout.write(renderHelp(command.topic));
        return EXIT_OK;
      case 'version':
        io.stdout.write(`${readPackageVersion()}\n`);
        return EXIT_OK;
      case 'analyze':
        return await runAnalyze(command, io, getPremium);
      case 'match':
        return await runMatch(command, io);
      case 'cover-letter':
        return await runCoverLetter(command, io, getPremium);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`resume-health: ${error.message}\nRun "resume-health help" for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`resume-health: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

export async function run(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), createProcessIo());
}

// Running this file directly (`tsx src/cli/main.ts`) behaves like the installed bin.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
