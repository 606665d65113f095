/** Aggregation for the speed benchmark: per-file medians over rounds, then per-format stats. */
import { median, percentile } from '../src/cli/stats.js';

/** `checks` is buildReport after parsing: every check plus scoring and report assembly. */
export const STAGES = ['extract', 'layout', 'parse', 'checks', 'total'] as const;
export type Stage = (typeof STAGES)[number];

export type StageTimes = Record<Stage, number>;

export interface FileTimes {
  file: string;
  format: string;
  /** One entry per measured round. */
  rounds: StageTimes[];
}

export interface Distribution {
  median: number;
  p90: number;
  max: number;
}

export interface FormatSpeed {
  format: string;
  files: number;
  stages: Record<Stage, Distribution>;
  filesPerSecond: number;
  /** Layout plus parsing time as a percentage of extraction time (sums of per-file medians). */
  overheadPercent: number;
  /** Checks and scoring time as a multiple of the parse stage alone. */
  checksPerParse: number;
  /** The whole analysis as a multiple of parsing alone (extract + layout + parse); target <= 1.5. */
  analysisPerParsing: number;
}

/** The issue-3 target: analysis including all checks within 1.5x of parsing alone. */
export const ANALYSIS_TARGET = 1.5;

export function medianOverRounds(rounds: readonly StageTimes[]): StageTimes {
  const pick = (stage: Stage) => median(rounds.map((round) => round[stage]));
  return {
    extract: pick('extract'),
    layout: pick('layout'),
    parse: pick('parse'),
    checks: pick('checks'),
    total: pick('total'),
  };
}

function distribution(values: readonly number[]): Distribution {
  return { median: median(values), p90: percentile(values, 90), max: Math.max(...values) };
}

export function summarizeFormat(format: string, files: readonly FileTimes[]): FormatSpeed {
  const perFile = files.map((file) => medianOverRounds(file.rounds));
  const sum = (stage: Stage) => perFile.reduce((total, times) => total + times[stage], 0);
  const stages = Object.fromEntries(
    STAGES.map((stage) => [stage, distribution(perFile.map((times) => times[stage]))]),
  ) as Record<Stage, Distribution>;
  const extract = sum('extract');
  const parsing = extract + sum('layout') + sum('parse');
  const ratio = (numerator: number, denominator: number) =>
    denominator === 0 ? Number.NaN : numerator / denominator;
  return {
    format,
    files: files.length,
    stages,
    filesPerSecond: files.length / (sum('total') / 1000),
    overheadPercent: ratio(sum('layout') + sum('parse'), extract) * 100,
    checksPerParse: ratio(sum('checks'), sum('parse')),
    analysisPerParsing: ratio(parsing + sum('checks'), parsing),
  };
}

export function summarizeByFormat(files: readonly FileTimes[]): FormatSpeed[] {
  const formats = [...new Set(files.map((file) => file.format))].sort();
  return formats.map((format) =>
    summarizeFormat(
      format,
      files.filter((file) => file.format === format),
    ),
  );
}
