/**
 * The premium analysis under a text report. Rewrites the guard rejected (they added facts the
 * resume lacks) are never shown as suggestions, only counted; model text is sanitised because it
 * may carry terminal control sequences.
 */
import type { PremiumAnalysis } from '../ai/ports.js';
import { sanitizeForTerminal as clean, type Style } from './style.js';

export function renderPremium(premium: PremiumAnalysis, style: Style): string {
  const source = premium.model ? `model ${clean(premium.model)}` : 'engine only';
  const lines = [
    '',
    style.bold(`Premium analysis (${source}, prompt ${clean(premium.promptVersion)})`),
  ];
  if (premium.degraded) {
    lines.push(style.yellow(`degraded: ${clean(premium.degradedReason ?? 'unknown')}`));
  }
  if (premium.summary) lines.push('', style.bold('Summary'), `  ${clean(premium.summary)}`);
  const shown = premium.rewrites.filter((rewrite) => !rewrite.rejected);
  const hidden = premium.rewrites.length - shown.length;
  if (shown.length > 0 || hidden > 0) lines.push('', style.bold('Rewrites'));
  for (const rewrite of shown) {
    lines.push(
      `  - ${style.dim(clean(rewrite.original))}`,
      `    → ${clean(rewrite.rewrite)}`,
      `    ${style.dim(`why: ${clean(rewrite.reason)}`)}`,
    );
  }
  if (hidden > 0) {
    lines.push(`  ${style.dim(`${hidden} hidden: they added facts the resume does not contain`)}`);
  }
  if (premium.advice.length > 0) lines.push('', style.bold('Advice'));
  for (const advice of [...premium.advice].sort((a, b) => a.priority - b.priority)) {
    lines.push(`  ${advice.priority}. ${clean(advice.text)}`);
  }
  if (premium.safetyFindings.length > 0) lines.push('', style.bold('Safety'));
  for (const finding of premium.safetyFindings) {
    lines.push(`  ${style.red(clean(finding.code))}  ${clean(finding.snippet)}`);
  }
  return `${lines.join('\n')}\n`;
}
