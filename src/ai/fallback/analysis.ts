/**
 * Premium analysis from the engine alone: used without a model, while the breaker is open, or
 * after the model failed. Rewrites only where grammar allows a safe transformation; everything
 * else becomes advice.
 */
import type { BulletRewrite, PremiumAnalysis, PremiumInput } from '../ports.js';
import type { DegradedReason } from '../premium/degraded-reason.js';
import { selectWeakBullets, type WeakBullet } from '../premium/weak-bullets.js';
import type { SafetyFinding } from '../guards/safety-finding.js';
import { bulletAdvice, missingTermAdvice } from './bullet-advice.js';
import { rewriteWeakOpener } from './opener-rewrite.js';
import { readResumeFacts } from './resume-facts.js';
import { buildFactSummary } from './summary.js';

const MAX_ADVICE = 10;

function openerRewrites(bullets: readonly WeakBullet[]): Array<BulletRewrite & { id: number }> {
  return bullets.flatMap((bullet) => {
    const result = rewriteWeakOpener(bullet.text);
    if (!result?.rewrite) return [];
    const alternatives =
      result.alternatives.length > 0 ? `; alternatives: ${result.alternatives.join(', ')}` : '';
    return [
      {
        id: bullet.id,
        original: bullet.text,
        rewrite: result.rewrite,
        reason: `Replaced the duty phrase “${result.phrase}” with an action verb${alternatives}.`,
      },
    ];
  });
}

export function fallbackAnalysis(
  input: PremiumInput,
  context: { reason: DegradedReason; promptVersion: string; safetyFindings: SafetyFinding[] },
): PremiumAnalysis {
  const bullets = selectWeakBullets(input.report);
  const rewrites = openerRewrites(bullets);
  const advice = [
    ...missingTermAdvice(input.match),
    ...bulletAdvice(bullets, new Set(rewrites.map((r) => r.id))),
  ]
    .sort((a, b) => a.priority - b.priority)
    .slice(0, MAX_ADVICE);
  return {
    rewrites: rewrites.map(({ id: _id, ...rewrite }) => rewrite),
    summary: buildFactSummary(readResumeFacts(input)),
    advice,
    degraded: true,
    degradedReason: context.reason,
    promptVersion: context.promptVersion,
    model: null,
    safetyFindings: context.safetyFindings,
  };
}
