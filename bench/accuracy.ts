/**
 * Accuracy benchmark: `npm run bench:accuracy -- LABELS.json FILES_DIR [--json] [--include-uncertain]`.
 * Analyzes every labelled file and prints per-field scores, the overall score and the misses.
 * Exit codes: 0 done, 2 usage (missing label file or directory, bad label format).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, isEngineError, type Report } from '../src/engine/index.js';
import { createAnalyzeOptions } from '../src/cli/engine-options.js';
import { LabelFormatError, parseLabels, type LabelItem } from './labels.js';
import { renderAccuracy } from './render-accuracy.js';
import { scoreFile, type FileScore } from './score.js';
import { summarizeScores } from './summarize-scores.js';

const USAGE =
  'Usage: npm run bench:accuracy -- LABELS.json FILES_DIR [--json] [--include-uncertain]';
const TIME_BUDGET_MS = 30_000;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, 'include-uncertain': { type: 'boolean' } },
  });
  const [labelsPath, filesDir] = positionals;
  if (labelsPath === undefined || filesDir === undefined || positionals.length > 2) {
    throw new UsageError(USAGE);
  }
  const labels = await loadLabels(labelsPath);
  if (!(await stat(filesDir).catch(() => undefined))?.isDirectory()) {
    throw new UsageError(`Files directory not found: ${filesDir}`);
  }
  const includeUncertain = values['include-uncertain'] ?? false;
  const scores: FileScore[] = [];
  for (const label of labels) {
    const { report, error } = await analyzeLabelled(join(filesDir, label.file));
    scores.push(scoreFile(label, report, { includeUncertain, ...(error ? { error } : {}) }));
  }
  const summary = summarizeScores(scores);
  if (values.json) {
    const misses = scores.flatMap((score) => score.misses);
    const errors = scores.flatMap((s) => (s.error ? [{ file: s.file, error: s.error }] : []));
    const skipped = scores.reduce((sum, score) => sum + score.skipped.length, 0);
    const result = { files: scores.length, includeUncertain, ...summary, skipped, errors, misses };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    process.stdout.write(renderAccuracy(scores, summary, { labelsPath, filesDir }));
  }
  return 0;
}

async function loadLabels(path: string): Promise<LabelItem[]> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new UsageError(`Label file not found or unreadable: ${path}`);
  });
  try {
    return parseLabels(JSON.parse(text));
  } catch (error) {
    const reason = error instanceof LabelFormatError ? error.message : 'not valid JSON';
    throw new UsageError(`Bad label file ${path}: ${reason}`);
  }
}

async function analyzeLabelled(path: string): Promise<{ report: Report | null; error?: string }> {
  try {
    const bytes = new Uint8Array(await readFile(path));
    const options = createAnalyzeOptions({
      declaredName: basename(path),
      timeBudgetMs: TIME_BUDGET_MS,
    });
    return { report: await analyze(bytes, options) };
  } catch (error) {
    if (isEngineError(error)) return { report: null, error: error.code };
    const message = error instanceof Error ? error.message : String(error);
    return { report: null, error: `UNEXPECTED: ${message}` };
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const isUsage =
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = isUsage ? 2 : 1;
  },
);
