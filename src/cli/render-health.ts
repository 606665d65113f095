/** The health part of the terminal report: score, category bars, findings, dismissals, skips. */
import type { Evidence, Finding, Report, Score, Severity } from '../engine/index.js';
import {
  describeCap,
  groupBySeverity,
  isScored,
  labelCode,
  listCategoryScores,
  SEVERITIES,
  SEVERITY_HEADINGS,
  summarizeSkipped,
} from '../report/summary.js';
import { sanitizeForTerminal as clean, type Style } from './style.js';

const BAR_WIDTH = 20;
/** Evidence beyond this many items is counted, not listed, so one noisy check cannot flood. */
const MAX_EVIDENCE = 3;

const MARKERS: Record<Severity, string> = { blocker: '✖', warning: '▲', tip: '•' };

export function renderHealth(report: Report, style: Style): string[] {
  const isClean = isScored(report.score) && report.findings.length === 0;
  return [
    renderScore(report.score, style),
    renderCategories(report.score, style),
    isClean ? style.green('No findings: nothing to fix.') : '',
    ...SEVERITIES.map((severity) =>
      renderFindingGroup(severity, groupBySeverity(report.findings)[severity], style),
    ),
    renderDismissed(report.dismissed, style),
    renderSkipped(report, style),
  ];
}

function paintScore(value: number, text: string, style: Style): string {
  if (value >= 80) return style.green(text);
  return value >= 50 ? style.yellow(text) : style.red(text);
}

function renderScore(score: Score, style: Style): string {
  if (!isScored(score)) {
    return `${style.bold('Score')}  ${style.dim('not assessed: no check applied to this document')}`;
  }
  const cap = describeCap(score);
  const overall = paintScore(score.overall, `${score.overall}/100`, style);
  const capText = cap ? `  ${style.red(`(${clean(cap)}; ${score.uncapped} without it)`)}` : '';
  return `${style.bold('Score')}  ${style.bold(overall)}${capText}  ${style.dim(score.algorithm)}`;
}

function renderCategories(score: Score, style: Style): string {
  const rows = listCategoryScores(score);
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => row.category.length)) + 2;
  const lines = rows.map(({ category, score: value }) => {
    const filled = Math.round((value / 100) * BAR_WIDTH);
    const bar = '█'.repeat(filled) + style.dim('░'.repeat(BAR_WIDTH - filled));
    return `  ${category.padEnd(width)}${paintScore(value, bar, style)} ${String(value).padStart(3)}`;
  });
  return [style.bold('Categories'), ...lines].join('\n');
}

function paintSeverity(severity: Severity, text: string, style: Style): string {
  if (severity === 'blocker') return style.red(text);
  return severity === 'warning' ? style.yellow(text) : style.cyan(text);
}

export function formatEvidence(evidence: Evidence): string {
  const where = [
    evidence.page === undefined ? '' : `page ${evidence.page}`,
    evidence.line === undefined ? '' : `line ${evidence.line + 1}`,
  ].filter(Boolean);
  const snippet = evidence.snippet ? `“${clean(evidence.snippet)}”` : '';
  return [where.join(', '), snippet].filter(Boolean).join(' · ');
}

function renderFinding(finding: Finding, style: Style): string {
  const marker = paintSeverity(finding.severity, MARKERS[finding.severity], style);
  const lines = [`  ${marker} ${clean(finding.message)} ${style.dim(`[${finding.code}]`)}`];
  const shown = finding.evidence.map(formatEvidence).filter(Boolean);
  for (const item of shown.slice(0, MAX_EVIDENCE)) lines.push(`    ${style.dim(item)}`);
  if (shown.length > MAX_EVIDENCE) {
    lines.push(`    ${style.dim(`… and ${shown.length - MAX_EVIDENCE} more`)}`);
  }
  if (finding.fix) lines.push(`    ${style.green('Fix:')} ${clean(finding.fix)}`);
  return lines.join('\n');
}

function renderFindingGroup(severity: Severity, findings: Finding[], style: Style): string {
  if (findings.length === 0) return '';
  const heading = paintSeverity(
    severity,
    `${SEVERITY_HEADINGS[severity]} (${findings.length})`,
    style,
  );
  return [style.bold(heading), ...findings.map((finding) => renderFinding(finding, style))].join(
    '\n',
  );
}

function renderDismissed(dismissed: Finding[], style: Style): string {
  if (dismissed.length === 0) return '';
  const codes = [...new Set(dismissed.map((finding) => finding.code))];
  const lines = codes.map((code) => `  ${style.dim(clean(labelCode(code)))}`);
  return [style.bold(`Dismissed (${dismissed.length}, not scored)`), ...lines].join('\n');
}

function renderSkipped(report: Report, style: Style): string {
  const lines = summarizeSkipped(report.skippedChecks);
  if (lines.length === 0) return '';
  return [style.bold('Skipped checks'), ...lines.map((line) => `  ${style.dim(clean(line))}`)].join(
    '\n',
  );
}
