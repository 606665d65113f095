/** `resume-health analyze FILE|DIR...`: one report per document, a summary for several. */
import { mkdir, writeFile } from 'node:fs/promises';
import type { PremiumAnalysis, PremiumService } from '../../ai/ports.js';
import { dirname, join } from 'node:path';
import { CHECKS } from '../../engine/checks/index.js';
import type { Report } from '../../engine/index.js';
import { renderHtmlReport } from '../../report/html.js';
import { UsageError, type CliCommand, type ReportFormat } from '../args.js';
import { analyzeFile, type FileOutcome } from '../analyze-file.js';
import { discoverFiles, type InputFile } from '../discover-files.js';
import { EXIT_BELOW_MIN_SCORE, EXIT_DOCUMENT_FAILED, EXIT_OK } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { printOutcome, printSummary } from '../print-outcome.js';
import { ProgressBar } from '../progress-bar.js';
import { renderPremium } from '../render-premium.js';
import { createStyle, sanitizeForTerminal, shouldUseColor } from '../style.js';

type AnalyzeCommand = Extract<CliCommand, { kind: 'analyze' }>;

export async function runAnalyze(
  command: AnalyzeCommand,
  io: CliIo,
  premium: () => PremiumService,
): Promise<number> {
  const files = await discoverFiles(command.paths, { isRecursive: command.isRecursive });
  const { format, outDir, minScore } = command;
  const isBatch = files.length !== 1 || files.some((file) => file.isFromDirectory);
  if (format === 'html' && isBatch && outDir === undefined) {
    throw new UsageError('--format html for several documents needs --out DIR (one page each).');
  }
  warnAboutUnknownCodes(command.ignore, io);
  const style = createStyle({ isColor: shouldUseColor(io.stdout, io.env) });
  const progress = new ProgressBar(io.stderr, files.length);
  if (outDir !== undefined) await mkdir(outDir, { recursive: true });
  // One date for the whole run, so every document in a batch is judged against the same month.
  const now = new Date();

  const outcomes: FileOutcome[] = [];
  let belowMinScore = 0;
  for (const [index, file] of files.entries()) {
    progress.update(index, file.relativePath);
    const outcome = await analyzeFile(file.path, {
      timeBudgetMs: command.timeoutMs,
      now,
      dismiss: command.ignore,
    });
    // The JSON report carries the premium analysis as `premium`; text prints it below the report.
    const premiumResult =
      command.isPremium && outcome.ok ? await analyzePremium(premium(), outcome.report) : undefined;
    if (outcome.ok && premiumResult) {
      const withPremium: Report & { premium: PremiumAnalysis } = {
        ...outcome.report,
        premium: premiumResult,
      };
      outcome.report = withPremium;
    }
    outcomes.push(outcome);
    progress.clear();
    const writtenTo =
      outcome.ok && outDir !== undefined
        ? await writeReport(outDir, file, outcome.report, format)
        : undefined;
    printOutcome(io, file, outcome, { format, style, isBatch, writtenTo });
    if (premiumResult && format === 'text') io.stdout.write(renderPremium(premiumResult, style));
    if (outcome.ok && minScore !== undefined && outcome.report.score.overall < minScore) {
      belowMinScore += 1;
      const name = sanitizeForTerminal(file.relativePath);
      io.stderr.write(
        `${name}: score ${outcome.report.score.overall} is below --min-score ${minScore}\n`,
      );
    }
  }
  progress.clear();

  if (isBatch) printSummary(io, outcomes, { format, style, belowMinScore, minScore });
  // An unreadable document is the more serious failure, so exit code 1 wins over 3.
  if (!outcomes.every((outcome) => outcome.ok)) return EXIT_DOCUMENT_FAILED;
  return belowMinScore > 0 ? EXIT_BELOW_MIN_SCORE : EXIT_OK;
}

/** HTML for --format html, the JSON report contract otherwise (as before --format existed). */
async function writeReport(
  outDir: string,
  file: InputFile,
  report: Report,
  format: ReportFormat,
): Promise<string> {
  const isHtml = format === 'html';
  const target = join(outDir, `${file.relativePath}.${isHtml ? 'html' : 'json'}`);
  await mkdir(dirname(target), { recursive: true });
  const body = isHtml
    ? renderHtmlReport(report, { fileName: file.relativePath })
    : `${JSON.stringify(report, null, 2)}\n`;
  await writeFile(target, body);
  return target;
}

/** A typo in --ignore would silently dismiss nothing; say so, but do not fail the run. */
function warnAboutUnknownCodes(codes: readonly string[], io: CliIo): void {
  const known = new Set(CHECKS.flatMap((check) => check.codes));
  for (const code of codes) {
    if (!known.has(code)) {
      io.stderr.write(
        `resume-health: warning: --ignore ${sanitizeForTerminal(code)} matches no finding code\n`,
      );
    }
  }
}

function analyzePremium(premium: PremiumService, report: Report): Promise<PremiumAnalysis> {
  return premium.analyze({
    report,
    resumeText: report.text,
    ...(report.match ? { match: report.match } : {}),
  });
}
