/**
 * Speed benchmark: `npm run bench:speed -- DIR [--rounds N] [--warmup N] [--json]`.
 * Warm and in-process on one thread: every file goes through extraction, layout, parsing and the
 * health checks (buildReport: every check, the score and the report) in
 * `--warmup` untimed rounds, then `--rounds` timed rounds; each stage's per-file time is the median
 * over the timed rounds. pdf.js runs on the main thread in Node (no worker), so this is one core.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  buildLayout,
  buildReport,
  extractDocument,
  isEngineError,
  parseResume,
} from '../src/engine/index.js';
import { discoverFiles } from '../src/cli/discover-files.js';
import { createAnalyzeOptions } from '../src/cli/engine-options.js';
import {
  ANALYSIS_TARGET,
  summarizeByFormat,
  type FileTimes,
  type FormatSpeed,
  STAGES,
  type StageTimes,
} from './speed-stats.js';

const USAGE = 'Usage: npm run bench:speed -- DIR [--rounds N] [--warmup N] [--json]';

interface Input {
  file: string;
  bytes: Uint8Array;
}

// A fixed date keeps date checks (gaps, future dates) identical from run to run.
const NOW = new Date(Date.UTC(2026, 0, 15));

async function timeOnce(input: Input): Promise<{ format: string; times: StageTimes }> {
  const options = createAnalyzeOptions({ declaredName: input.file });
  const t0 = performance.now();
  const extracted = await extractDocument(input.bytes, options);
  const t1 = performance.now();
  const layout = buildLayout(extracted);
  const t2 = performance.now();
  const resume = parseResume(layout);
  const t3 = performance.now();
  buildReport(extracted, layout, resume, { now: NOW });
  const t4 = performance.now();
  const times = {
    extract: t1 - t0,
    layout: t2 - t1,
    parse: t3 - t2,
    checks: t4 - t3,
    total: t4 - t0,
  };
  return { format: extracted.format, times };
}

function positiveInteger(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number.`);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { rounds: { type: 'string' }, warmup: { type: 'string' }, json: { type: 'boolean' } },
  });
  if (positionals.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const rounds = Math.max(1, positiveInteger(values.rounds, 5, 'rounds'));
  const warmup = positiveInteger(values.warmup, 2, 'warmup');
  const found = await discoverFiles(positionals, { isRecursive: false });
  const inputs: Input[] = [];
  for (const file of found)
    inputs.push({ file: file.relativePath, bytes: new Uint8Array(await readFile(file.path)) });

  const results = new Map<string, FileTimes>();
  const failed = new Map<string, string>();
  for (let round = 0; round < warmup + rounds; round += 1) {
    for (const input of inputs) {
      if (failed.has(input.file)) continue;
      try {
        const { format, times } = await timeOnce(input);
        if (round < warmup) continue;
        const entry = results.get(input.file) ?? { file: input.file, format, rounds: [] };
        entry.rounds.push(times);
        results.set(input.file, entry);
      } catch (error) {
        failed.set(input.file, isEngineError(error) ? error.code : String(error));
      }
    }
  }
  const summary = summarizeByFormat([...results.values()].filter((r) => r.rounds.length > 0));
  if (values.json) {
    const output = {
      dir: positionals[0],
      warmup,
      rounds,
      formats: summary,
      failed: Object.fromEntries(failed),
    };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    process.stdout.write(renderSpeed(summary, { dir: positionals[0]!, warmup, rounds, failed }));
  }
  return 0;
}

function renderSpeed(
  formats: FormatSpeed[],
  context: { dir: string; warmup: number; rounds: number; failed: Map<string, string> },
): string {
  const ms = (value: number) => value.toFixed(1).padStart(8);
  const lines = [
    `Speed: ${context.dir} — ${context.warmup} warm-up + ${context.rounds} timed rounds, per-file medians (ms)`,
    '',
    `${'format'.padEnd(8)}${'files'.padStart(6)}  ${'stage'.padEnd(8)}${'median'.padStart(8)}${'p90'.padStart(8)}${'max'.padStart(8)}`,
  ];
  for (const format of formats) {
    for (const [index, stage] of STAGES.entries()) {
      const head =
        index === 0
          ? `${format.format.padEnd(8)}${String(format.files).padStart(6)}`
          : ' '.repeat(14);
      const d = format.stages[stage];
      lines.push(`${head}  ${stage.padEnd(8)}${ms(d.median)}${ms(d.p90)}${ms(d.max)}`);
    }
    lines.push(
      `${' '.repeat(16)}${format.filesPerSecond.toFixed(1)} files/s · layout+parse = ${format.overheadPercent.toFixed(1)}% of extraction`,
    );
    const verdict = format.analysisPerParsing <= ANALYSIS_TARGET ? 'within' : 'OVER';
    lines.push(
      `${' '.repeat(16)}checks+score = ${format.checksPerParse.toFixed(2)}× the parse stage · analysis = ${format.analysisPerParsing.toFixed(2)}× parsing alone (${verdict} the ${ANALYSIS_TARGET}× target)`,
    );
  }
  for (const [file, code] of context.failed) lines.push(`failed: ${file}: ${code}`);
  return `${lines.join('\n')}\n`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exitCode = 2;
  },
);
