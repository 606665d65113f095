/** `resume-health analyze FILE|DIR...`: one report per document, a summary for several. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Report } from '../../engine/index.js';
import type { CliCommand } from '../args.js';
import { analyzeFile, type FileOutcome } from '../analyze-file.js';
import { discoverFiles, type InputFile } from '../discover-files.js';
import { EXIT_DOCUMENT_FAILED, EXIT_OK } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { ProgressBar } from '../progress-bar.js';
import { renderReport } from '../render-terminal.js';
import { median } from '../stats.js';
import { createStyle, sanitizeForTerminal, shouldUseColor, type Style } from '../style.js';

type AnalyzeCommand = Extract<CliCommand, { kind: 'analyze' }>;

export async function runAnalyze(command: AnalyzeCommand, io: CliIo): Promise<number> {
  const files = await discoverFiles(command.paths, { isRecursive: command.isRecursive });
  const style = createStyle({ isColor: shouldUseColor(io.stdout, io.env) });
  const isBatch = files.length !== 1 || files.some((file) => file.isFromDirectory);
  const progress = new ProgressBar(io.stderr, files.length);
  if (command.outDir !== undefined) await mkdir(command.outDir, { recursive: true });

  const outcomes: FileOutcome[] = [];
  for (const [index, file] of files.entries()) {
    progress.update(index, file.relativePath);
    const outcome = await analyzeFile(file.path, { timeBudgetMs: command.timeoutMs });
    outcomes.push(outcome);
    progress.clear();
    if (outcome.ok && command.outDir !== undefined) {
      await writeReport(command.outDir, file, outcome.report);
    }
    printOutcome(io, file, outcome, { command, style, isBatch });
  }
  progress.clear();

  if (isBatch) printSummary(io, outcomes, command.isJson, style);
  return outcomes.every((outcome) => outcome.ok) ? EXIT_OK : EXIT_DOCUMENT_FAILED;
}

async function writeReport(outDir: string, file: InputFile, report: Report): Promise<void> {
  const target = join(outDir, `${file.relativePath}.json`);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, `${JSON.stringify(report, null, 2)}\n`);
}

interface PrintContext {
  command: AnalyzeCommand;
  style: Style;
  isBatch: boolean;
}

function printOutcome(io: CliIo, file: InputFile, outcome: FileOutcome, context: PrintContext) {
  const { command, style, isBatch } = context;
  if (command.isJson) {
    if (!isBatch) {
      if (outcome.ok) io.stdout.write(`${JSON.stringify(outcome.report, null, 2)}\n`);
      else io.stderr.write(`${file.relativePath}: ${outcome.code}: ${outcome.message}\n`);
      return;
    }
    const line = outcome.ok
      ? { file: file.relativePath, report: outcome.report }
      : { file: file.relativePath, error: { code: outcome.code, message: outcome.message } };
    io.stdout.write(`${JSON.stringify(line)}\n`);
    return;
  }
  const name = sanitizeForTerminal(file.relativePath);
  if (!outcome.ok) {
    const stream = isBatch ? io.stdout : io.stderr;
    stream.write(`${style.red('✗')} ${name}  ${style.red(outcome.code)}  ${outcome.message}\n`);
    return;
  }
  if (!isBatch) {
    io.stdout.write(
      renderReport(outcome.report, { style, fileName: name, width: io.stdout.columns ?? 80 }),
    );
    return;
  }
  io.stdout.write(`${style.green('✓')} ${name}  ${summarizeReport(outcome.report, outcome.ms)}\n`);
}

function summarizeReport(report: Report, ms: number): string {
  const doc = report.document;
  const parts = [
    doc.format,
    `${doc.pages}p`,
    `${doc.words} words`,
    sanitizeForTerminal(report.contact.name ?? '(no name)'),
    `${report.sections.length} sections`,
    `${report.experience.length} jobs`,
    `${report.education.length} schools`,
    `${Math.round(ms)} ms`,
  ];
  return parts.join('  ');
}

function printSummary(io: CliIo, outcomes: FileOutcome[], isJson: boolean, style: Style) {
  const failed = outcomes.filter((outcome) => !outcome.ok).length;
  const times = outcomes.filter((outcome) => outcome.ok).map((outcome) => outcome.ms);
  const medianText = times.length > 0 ? `${Math.round(median(times))} ms` : 'n/a';
  const line = `${outcomes.length - failed} analyzed, ${failed} failed, median ${medianText}`;
  // With --json, stdout carries only JSON lines; the summary goes to stderr.
  const stream = isJson ? io.stderr : io.stdout;
  stream.write(`${failed > 0 ? style.yellow(line) : style.bold(line)}\n`);
}
