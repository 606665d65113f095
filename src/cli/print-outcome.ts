/** How one analyzed document and the batch summary are printed, per output format. */
import type { Report } from '../engine/index.js';
import { renderHtmlReport } from '../report/html.js';
import { isScored } from '../report/summary.js';
import type { ReportFormat } from './args.js';
import type { FileOutcome } from './analyze-file.js';
import type { InputFile } from './discover-files.js';
import type { CliIo } from './io.js';
import { renderReport } from './render-terminal.js';
import { median } from './stats.js';
import { sanitizeForTerminal, type Style } from './style.js';

export interface PrintContext {
  format: ReportFormat;
  style: Style;
  isBatch: boolean;
  /** Where the report file was written (--out), shown instead of the report for HTML. */
  writtenTo?: string;
}

export function printOutcome(
  io: CliIo,
  file: InputFile,
  outcome: FileOutcome,
  context: PrintContext,
) {
  const { format, style, isBatch } = context;
  if (format === 'json') {
    printJson(io, file, outcome, isBatch);
    return;
  }
  const name = sanitizeForTerminal(file.relativePath);
  if (!outcome.ok) {
    const stream = isBatch ? io.stdout : io.stderr;
    stream.write(`${style.red('✗')} ${name}  ${style.red(outcome.code)}  ${outcome.message}\n`);
    return;
  }
  if (format === 'html' && context.writtenTo === undefined) {
    // Only reachable for a single document: several HTML pages on stdout would be one broken page.
    io.stdout.write(renderHtmlReport(outcome.report, { fileName: file.relativePath }));
    return;
  }
  if (format === 'text' && !isBatch) {
    io.stdout.write(
      renderReport(outcome.report, { style, fileName: name, width: io.stdout.columns ?? 80 }),
    );
    return;
  }
  const target = context.writtenTo ? `  → ${sanitizeForTerminal(context.writtenTo)}` : '';
  io.stdout.write(
    `${style.green('✓')} ${name}  ${summarizeReport(outcome.report, outcome.ms)}${target}\n`,
  );
}

function printJson(io: CliIo, file: InputFile, outcome: FileOutcome, isBatch: boolean) {
  if (!isBatch) {
    if (outcome.ok) io.stdout.write(`${JSON.stringify(outcome.report, null, 2)}\n`);
    else io.stderr.write(`${file.relativePath}: ${outcome.code}: ${outcome.message}\n`);
    return;
  }
  const line = outcome.ok
    ? { file: file.relativePath, report: outcome.report }
    : { file: file.relativePath, error: { code: outcome.code, message: outcome.message } };
  io.stdout.write(`${JSON.stringify(line)}\n`);
}

function summarizeReport(report: Report, ms: number): string {
  const doc = report.document;
  const parts = [
    doc.format,
    `${doc.pages}p`,
    `${doc.words} words`,
    isScored(report.score) ? `score ${report.score.overall}` : 'score n/a',
    sanitizeForTerminal(report.contact.name ?? '(no name)'),
    `${report.sections.length} sections`,
    `${report.experience.length} jobs`,
    `${report.education.length} schools`,
    `${Math.round(ms)} ms`,
  ];
  return parts.join('  ');
}

export function printSummary(
  io: CliIo,
  outcomes: FileOutcome[],
  context: { format: ReportFormat; style: Style; belowMinScore: number; minScore?: number },
) {
  const { style } = context;
  const failed = outcomes.filter((outcome) => !outcome.ok).length;
  const times = outcomes.filter((outcome) => outcome.ok).map((outcome) => outcome.ms);
  const medianText = times.length > 0 ? `${Math.round(median(times))} ms` : 'n/a';
  const below =
    context.minScore === undefined
      ? ''
      : `, ${context.belowMinScore} below --min-score ${context.minScore}`;
  const line = `${outcomes.length - failed} analyzed, ${failed} failed, median ${medianText}${below}`;
  // With --json, stdout carries only JSON lines; the summary goes to stderr.
  const stream = context.format === 'json' ? io.stderr : io.stdout;
  const isBad = failed > 0 || context.belowMinScore > 0;
  stream.write(`${isBad ? style.yellow(line) : style.bold(line)}\n`);
}
