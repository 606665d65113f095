/** `resume-health match RESUME JOB...`: ranks job descriptions by fit, as a table or JSON. */
import { basename } from 'node:path';
import { buildLayout, extractDocument, parseResume } from '../../engine/index.js';
import { rankJobs, readJobDescriptionText, type RankedJob } from '../../engine/match/index.js';
import { createBudget } from '../../engine/options.js';
import { discoverFiles, JOB_EXTENSIONS } from '../discover-files.js';
import { createAnalyzeOptions } from '../engine-options.js';
import { EXIT_DOCUMENT_FAILED, EXIT_OK } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import type { MatchCommand } from '../match-args.js';
import { ProgressBar } from '../progress-bar.js';
import { readDocument } from '../read-document.js';
import { sanitizeForTerminal } from '../style.js';

const TOP_MISSING = 3;

export async function runMatch(command: MatchCommand, io: CliIo): Promise<number> {
  const files = await discoverFiles(command.jobs, {
    isRecursive: command.isRecursive,
    extensions: JOB_EXTENSIONS,
  });
  const resume = await readDocument(command.resume, async (bytes) => {
    const options = createAnalyzeOptions({
      declaredName: basename(command.resume),
      timeBudgetMs: command.timeoutMs,
    });
    const layout = buildLayout(await extractDocument(bytes, options), createBudget(options));
    return { resume: parseResume(layout), layout };
  });
  if (!resume.ok) {
    io.stderr.write(`${sanitizeForTerminal(command.resume)}: ${resume.code}: ${resume.message}\n`);
    return EXIT_DOCUMENT_FAILED;
  }
  const progress = new ProgressBar(io.stderr, files.length);
  const jobs: Array<{ id: string; text: string }> = [];
  let failed = 0;
  for (const [index, file] of files.entries()) {
    progress.update(index, file.relativePath);
    const text = await readDocument(file.path, (bytes) =>
      readJobDescriptionText(bytes, createAnalyzeOptions({ timeBudgetMs: command.timeoutMs })),
    );
    if (text.ok) jobs.push({ id: file.relativePath, text: text.value });
    else {
      failed += 1;
      progress.clear();
      io.stderr.write(`${sanitizeForTerminal(file.relativePath)}: ${text.code}: ${text.message}\n`);
    }
  }
  progress.clear();
  // One month for the whole run: a current job's length is counted up to it.
  const today = new Date();
  const now = { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1 };
  const ranked = rankJobs(resume.value.resume, resume.value.layout, jobs, { now });
  const shown = command.top === undefined ? ranked : ranked.slice(0, command.top);
  io.stdout.write(
    command.isJson
      ? renderJson(command.resume, shown)
      : renderTable(shown, io.stdout.columns ?? 100),
  );
  return failed > 0 ? EXIT_DOCUMENT_FAILED : EXIT_OK;
}

function renderJson(resume: string, ranked: readonly RankedJob[]): string {
  const jobs = ranked.map(({ id, rank, score, result }) => ({
    rank,
    file: id,
    title: result.job.title,
    score,
    result,
  }));
  return `${JSON.stringify({ resume, jobs }, null, 2)}\n`;
}

function renderTable(ranked: readonly RankedJob[], width: number): string {
  if (ranked.length === 0) return 'No job descriptions to rank.\n';
  const rows = ranked.map(({ id, rank, score, result }) => {
    const name = sanitizeForTerminal(result.job.title ? `${result.job.title} (${id})` : id);
    const missing = result.missing
      .filter((m) => m.required)
      .slice(0, TOP_MISSING)
      .map((m) => sanitizeForTerminal(m.term))
      .join(', ');
    return { rank: String(rank), score: String(score), name, missing: missing || '—' };
  });
  const nameWidth = Math.min(
    48,
    Math.max(4, ...rows.map((r) => r.name.length)),
    Math.max(12, width - 40),
  );
  const cut = (text: string, max: number) =>
    text.length > max ? `${text.slice(0, max - 1)}…` : text;
  const lines = [
    `${'#'.padStart(3)}  ${'Score'.padStart(5)}  ${'Job'.padEnd(nameWidth)}  Missing (required)`,
  ];
  for (const row of rows) {
    lines.push(
      `${row.rank.padStart(3)}  ${row.score.padStart(5)}  ${cut(row.name, nameWidth).padEnd(nameWidth)}  ${row.missing}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
