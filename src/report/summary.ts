/**
 * The facts about a report's health section that every renderer (terminal, HTML, later the web
 * app) shows the same way: findings by severity, the cap, assessed categories, skipped checks.
 * Kept apart from any markup so the text and HTML reports cannot drift from each other.
 */
import type { CheckCategory, Finding, Score, Severity, SkippedCheck } from '../engine/index.js';
import { MESSAGES } from '../engine/messages/catalog.js';
import { CHECK_CATEGORIES } from '../engine/model/finding.js';
import { CATEGORY_WEIGHTS } from '../engine/score/constants.js';

export const SEVERITIES: readonly Severity[] = ['blocker', 'warning', 'tip'];

export const SEVERITY_HEADINGS: Record<Severity, string> = {
  blocker: 'Blockers',
  warning: 'Warnings',
  tip: 'Tips',
};

export function groupBySeverity(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { blocker: [], warning: [], tip: [] };
  for (const finding of findings) groups[finding.severity].push(finding);
  return groups;
}

/** The short name of a code, or null while the catalogue has no entry for it. */
export function findingTitle(code: string): string | null {
  return MESSAGES[code]?.title || null;
}

/** "code: Title", or the bare code when it has no title, so nothing is printed twice. */
export function labelCode(code: string): string {
  const title = findingTitle(code);
  return title ? `${code}: ${title}` : code;
}

/** "capped by parseability.no-text-layer: No text layer", or null when no blocker capped it. */
export function describeCap(score: Score): string | null {
  return score.cappedBy ? `capped by ${labelCode(score.cappedBy)}` : null;
}

/** A score is only meaningful when at least one category was assessed (otherwise it reads 0). */
export function isScored(score: Score): boolean {
  return Object.keys(score.categories).length > 0;
}

export interface CategoryScore {
  category: CheckCategory;
  score: number;
  /** Its weight in the overall score (docs/scoring.md). */
  weight: number;
}

/** Assessed categories in the canonical order, so every report lists them alike. */
export function listCategoryScores(score: Score): CategoryScore[] {
  return CHECK_CATEGORIES.flatMap((category) => {
    const value = score.categories[category];
    return value === undefined
      ? []
      : [{ category, score: value, weight: CATEGORY_WEIGHTS[category] }];
  });
}

/** Readable form of the runner's machine reasons (src/engine/checks/run-checks.ts). */
export function describeSkipReason(reason: string): string {
  const [kind, detail = ''] = reason.split(':', 2);
  switch (kind) {
    case 'language-not-assessed':
      return `language ${detail} not assessed`;
    case 'format-not-applicable':
      return `not applicable to ${detail.toUpperCase()} files`;
    case 'no-text':
      return 'no readable text';
    case 'too-little-text':
      return 'too little text';
    case 'no-clock':
      return 'no current date given';
    default:
      return reason;
  }
}

/**
 * One line per (category, reason): "12 content checks skipped: language de not assessed", for
 * the skips that leave something unassessed (the JSON report keeps every skip).
 * The category is the id's prefix, which the catalogue meta-test guarantees.
 */
export function summarizeSkipped(skipped: readonly SkippedCheck[]): string[] {
  const groups = new Map<string, { category: string; reason: string; count: number }>();
  for (const { checkId, reason } of skipped) {
    // A DOCX-only check on a PDF, or the English variant of a check on a German CV, leaves
    // nothing unassessed; listing it would only add noise.
    if (reason.startsWith('format-not-applicable:') || reason.startsWith('language-variant:')) {
      continue;
    }
    const category = checkId.split('.', 1)[0] ?? checkId;
    const key = `${category}\u0000${reason}`;
    const group = groups.get(key) ?? { category, reason, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.values()].map(
    ({ category, reason, count }) =>
      `${count} ${category} check${count === 1 ? '' : 's'} skipped: ${describeSkipReason(reason)}`,
  );
}
