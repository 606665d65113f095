/**
 * Instant re-scoring when findings are dismissed: the engine's own scorer, fed the checks that
 * ran (every registered check minus the skipped ones) and the findings still counted. Nothing is
 * re-analysed, so it runs in microseconds and the score matches what the API would compute.
 */
import { CHECKS } from '../../../src/engine/checks/index.js';
import type { Finding, Report } from '../../../src/engine/model/index.js';
import { computeScore } from '../../../src/engine/score/score.js';

/** The report as if `dismissedCodes` had been sent with the upload. */
export function rescoreReport(report: Report, dismissedCodes: ReadonlySet<string>): Report {
  const skipped = new Set(report.skippedChecks.map((skip) => skip.checkId));
  const ran = CHECKS.map((check) => check.id).filter((id) => !skipped.has(id));
  const all: Finding[] = [...report.findings, ...report.dismissed];
  const findings = all.filter((finding) => !dismissedCodes.has(finding.code));
  const dismissed = all.filter((finding) => dismissedCodes.has(finding.code));
  const score = computeScore({ checks: CHECKS, ran, findings });
  // Keep registry order (the report's order) so the list does not jump around on toggle.
  const order = new Map(CHECKS.map((check, i) => [check.id, i]));
  const byRegistry = (a: Finding, b: Finding) =>
    (order.get(a.checkId) ?? 0) - (order.get(b.checkId) ?? 0);
  return { ...report, score, findings: findings.sort(byRegistry), dismissed };
}
