/**
 * Text a reader cannot see (white, tiny, off-page, invisible) is removed before a resume reaches
 * the model: it is the usual carrier of keyword stuffing and hidden prompts, and a rewrite must
 * not build on facts the person never shows. The report carries what extraction saw: the
 * 'layout.hidden-text' finding's evidence snippets and the 'pdf.hidden-text' diagnostic's sample.
 * Callers holding the ExtractedDocument can pass the full hidden text (engine `collectHiddenText`).
 */
import type { Report } from '../../engine/model/report.js';
import type { SafetyFinding } from './safety-finding.js';

/** Shorter fragments are stray anchors; matching them would delete real words. */
const MIN_LETTERS = 4;
const SNIPPET_MAX = 120;

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** Hidden fragments the report knows about; evidence snippets may be cut with an ellipsis. */
export function hiddenFragments(report: Report, hiddenText?: string): string[] {
  const fragments: string[] = [];
  for (const finding of report.findings.concat(report.dismissed)) {
    if (finding.code !== 'layout.hidden-text') continue;
    for (const evidence of finding.evidence) if (evidence.snippet) fragments.push(evidence.snippet);
  }
  for (const diagnostic of report.document.diagnostics) {
    if (diagnostic.code === 'pdf.hidden-text' && diagnostic.sample)
      fragments.push(diagnostic.sample);
  }
  if (hiddenText) fragments.push(...hiddenText.split('\n'));
  const cleaned = fragments
    .map((f) => squash(f.replace(/…$/, '')))
    .filter((f) => letterCount(f) >= MIN_LETTERS);
  return [...new Set(cleaned)];
}

export interface HiddenTextRemoval {
  text: string;
  findings: SafetyFinding[];
}

/** Drops lines that are hidden text, and hidden fragments that share a line with visible text. */
export function removeHiddenText(
  resumeText: string,
  report: Report,
  hiddenText?: string,
): HiddenTextRemoval {
  const fragments = hiddenFragments(report, hiddenText);
  if (fragments.length === 0) return { text: resumeText, findings: [] };
  const removed: string[] = [];
  const kept: string[] = [];
  for (const line of resumeText.split('\n')) {
    const flat = squash(line);
    if (letterCount(flat) >= MIN_LETTERS && fragments.some((f) => f.includes(flat))) {
      removed.push(flat);
      continue;
    }
    let visible = flat;
    for (const fragment of fragments) {
      if (!visible.includes(fragment)) continue;
      visible = squash(visible.split(fragment).join(' '));
      removed.push(fragment);
    }
    kept.push(visible === flat ? line : visible);
  }
  const findings = [...new Set(removed)].map((snippet) => ({
    code: 'ai.hidden-text-removed' as const,
    snippet: snippet.length > SNIPPET_MAX ? `${snippet.slice(0, SNIPPET_MAX - 1)}…` : snippet,
  }));
  return { text: kept.join('\n'), findings };
}
