/** Text rendering of accuracy results: a field table, the overall score, errors and misses. */
import type { FileScore } from './score.js';
import type { FieldSummary } from './summarize-scores.js';

const percent = (value: number) =>
  Number.isNaN(value) ? '   n/a' : `${(value * 100).toFixed(1)}%`.padStart(6);
const decimal = (value: number) => (Number.isNaN(value) ? '  n/a' : value.toFixed(3));

function renderField(summary: FieldSummary): string {
  const name = `${summary.field}${summary.isInformative ? ' (info)' : ''}`.padEnd(30);
  const metric = summary.metric === 'f1' ? 'F1   ' : 'exact';
  const value = summary.metric === 'f1' ? ` ${decimal(summary.value)}` : percent(summary.value);
  const pr =
    summary.metric === 'f1'
      ? `  P ${decimal(summary.precision ?? Number.NaN)}  R ${decimal(summary.recall ?? Number.NaN)}`
      : '';
  return `${name}${metric}  ${value}  ${String(summary.scored).padStart(5)}  ${String(summary.skipped).padStart(7)}${pr}`;
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

export function renderAccuracy(
  scores: readonly FileScore[],
  summary: { fields: FieldSummary[]; overall: number },
  source: { labelsPath: string; filesDir: string },
): string {
  const skipped = scores.reduce((sum, score) => sum + score.skipped.length, 0);
  const lines = [
    `Accuracy on ${scores.length} files (${source.labelsPath}, ${source.filesDir})`,
    '',
    `${'field'.padEnd(30)}metric  value  files  skipped`,
    ...summary.fields.map(renderField),
    '',
    `overall (mean of non-info fields): ${decimal(summary.overall)}`,
    `skipped as uncertain: ${skipped} file-fields`,
  ];
  const errors = scores.filter((score) => score.error !== undefined);
  if (errors.length > 0) {
    lines.push('', `Errors (${errors.length}):`);
    lines.push(...errors.map((score) => `  ${score.file}: ${score.error}`));
  }
  const misses = scores.flatMap((score) => score.misses);
  lines.push('', `Misses (${misses.length}):`);
  for (const miss of misses) {
    lines.push(`  ${miss.file}  ${miss.field}`);
    lines.push(`    expected ${short(miss.expected)}`);
    lines.push(`    got      ${short(miss.got)}`);
  }
  return `${lines.join('\n')}\n`;
}
