/** Runs every applicable check, records why the others were skipped, and applies dismissals. */
import type { Finding, SkippedCheck } from '../model/finding.js';
import { renderFinding } from '../messages/render.js';
import type { Check, CheckContext } from './types.js';

export interface CheckRun {
  findings: Finding[];
  dismissed: Finding[];
  skipped: SkippedCheck[];
  /** Ids of the checks that ran (the scorer only counts categories that were assessed). */
  ran: string[];
}

export function skipReason(check: Check, context: CheckContext): string | null {
  const {
    formats,
    languages,
    languageVariant,
    needsText = true,
    minWords,
    needsClock,
  } = check.appliesTo;
  if (formats && !formats.includes(context.extracted.format)) {
    return `format-not-applicable:${context.extracted.format}`;
  }
  if (needsText && !context.textExtractable) return 'no-text';
  if (languages && !languages.includes(context.language)) {
    const kind = languageVariant ? 'language-variant' : 'language-not-assessed';
    return `${kind}:${context.language}`;
  }
  if (minWords !== undefined && context.words < minWords) return 'too-little-text';
  if (needsClock && !context.now) return 'no-clock';
  return null;
}

export function runChecks(
  checks: readonly Check[],
  context: CheckContext,
  dismissedCodes: readonly string[] = [],
): CheckRun {
  const dismissedSet = new Set(dismissedCodes);
  const run: CheckRun = { findings: [], dismissed: [], skipped: [], ran: [] };
  for (const check of checks) {
    const reason = skipReason(check, context);
    if (reason) {
      run.skipped.push({ checkId: check.id, reason });
      continue;
    }
    run.ran.push(check.id);
    for (const draft of check.run(context)) {
      const finding = renderFinding({
        code: draft.code,
        checkId: check.id,
        category: check.category,
        severity: check.severity,
        params: draft.params ?? {},
        evidence: draft.evidence ?? [],
      });
      (dismissedSet.has(finding.code) ? run.dismissed : run.findings).push(finding);
    }
  }
  return run;
}
