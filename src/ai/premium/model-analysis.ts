/**
 * Turns a validated model answer into a PremiumAnalysis: rewrites mapped back to their bullets by
 * id and guarded; summary sentences with unbacked facts removed and reported.
 */
import { guardRewrite, guardText } from '../guards/fabrication.js';
import type { SafetyFinding } from '../guards/safety-finding.js';
import type { BulletRewrite, PremiumAnalysis } from '../ports.js';
import type { PremiumAnalysisOutput } from '../prompts/premium-analysis.js';
import type { GuardSources } from './guard-sources.js';
import type { WeakBullet } from './weak-bullets.js';

const MAX_ADVICE = 8;
const SNIPPET_MAX = 120;

export function fabricationFinding(sentence: string, facts: string[]): SafetyFinding {
  const text = `${sentence} [${facts.join('; ')}]`;
  return {
    code: 'ai.fabrication-removed',
    snippet: text.length > SNIPPET_MAX ? `${text.slice(0, SNIPPET_MAX - 1)}…` : text,
  };
}

export function toPremiumAnalysis(
  answer: { data: PremiumAnalysisOutput; model: string },
  context: {
    bullets: readonly WeakBullet[];
    sources: GuardSources;
    promptVersion: string;
    safetyFindings: SafetyFinding[];
  },
): PremiumAnalysis {
  const byId = new Map(context.bullets.map((bullet) => [bullet.id, bullet]));
  const seen = new Set<number>();
  const rewrites: BulletRewrite[] = [];
  for (const item of answer.data.rewrites) {
    const bullet = byId.get(item.id);
    if (!bullet || seen.has(item.id) || item.rewrite.trim() === bullet.text) continue;
    seen.add(item.id);
    const candidate = { original: bullet.text, rewrite: item.rewrite.trim(), reason: item.reason };
    rewrites.push(guardRewrite(candidate, context.sources.forBullet(bullet)));
  }
  const findings = [...context.safetyFindings];
  let summary: string | null = null;
  if (answer.data.summary?.trim()) {
    const guarded = guardText(answer.data.summary, context.sources.forSummary);
    findings.push(...guarded.removed.map((r) => fabricationFinding(r.sentence, r.facts)));
    summary = guarded.text || null;
  }
  const advice = [...answer.data.advice]
    .sort((a, b) => a.priority - b.priority)
    .slice(0, MAX_ADVICE)
    .map(({ priority, text }) => ({ priority, text: text.trim() }));
  return {
    rewrites,
    summary,
    advice,
    degraded: false,
    promptVersion: context.promptVersion,
    model: answer.model,
    safetyFindings: findings,
  };
}
