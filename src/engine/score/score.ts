/**
 * The transparent score (docs/scoring.md): each category starts at 100 and loses each fired
 * warning check's declared weight once, however many findings it produced; tips change nothing;
 * the overall score is the weighted mean of the categories that were assessed; every fired
 * blocker caps the overall score (and its category) at its declared cap.
 */
import type { Check } from '../checks/types.js';
import type { CheckCategory, Finding, Score, ScoreDeduction } from '../model/finding.js';
import { CATEGORY_FLOOR, CATEGORY_WEIGHTS, SCORE_ALGORITHM } from './constants.js';

export interface ScoreInput {
  checks: readonly Check[];
  /** Ids of the checks that ran. */
  ran: readonly string[];
  /** Findings after dismissals. */
  findings: readonly Finding[];
}

export function computeScore({ checks, ran, findings }: ScoreInput): Score {
  const byId = new Map<string, Check>();
  for (const check of checks) byId.set(check.id, check);
  const assessed = new Set<CheckCategory>();
  for (const id of ran) {
    const check = byId.get(id);
    if (check) assessed.add(check.category);
  }
  const fired = new Map<string, Finding>();
  for (const finding of findings)
    if (!fired.has(finding.checkId)) fired.set(finding.checkId, finding);

  const points = new Map<CheckCategory, number>();
  const deductions: ScoreDeduction[] = [];
  let cap = 100;
  let cappedBy: string | null = null;
  const categoryCaps = new Map<CheckCategory, number>();
  for (const [checkId, finding] of [...fired].sort(([a], [b]) => a.localeCompare(b))) {
    const check = byId.get(checkId);
    if (!check) continue;
    if (check.severity === 'warning') {
      points.set(check.category, (points.get(check.category) ?? 0) + check.weight);
      deductions.push({
        code: finding.code,
        checkId,
        category: check.category,
        points: check.weight,
      });
    } else if (check.severity === 'blocker') {
      const current = categoryCaps.get(check.category) ?? 100;
      categoryCaps.set(check.category, Math.min(current, check.cap));
      if (check.cap < cap) {
        cap = check.cap;
        cappedBy = finding.code;
      }
    }
  }

  const categories: Partial<Record<CheckCategory, number>> = {};
  let weighted = 0;
  let totalWeight = 0;
  for (const category of assessed) {
    const raw = Math.max(CATEGORY_FLOOR, 100 - (points.get(category) ?? 0));
    const value = Math.min(raw, categoryCaps.get(category) ?? 100);
    categories[category] = value;
    weighted += value * CATEGORY_WEIGHTS[category];
    totalWeight += CATEGORY_WEIGHTS[category];
  }
  const uncapped = totalWeight === 0 ? 0 : Math.floor(weighted / totalWeight);
  return {
    algorithm: SCORE_ALGORITHM,
    overall: Math.min(uncapped, cap),
    cappedBy,
    uncapped,
    categories,
    deductions,
  };
}
