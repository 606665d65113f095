/**
 * Turns a validated cover-letter answer into a CoverLetter: each paragraph is guarded sentence by
 * sentence, fabricated sentences are removed and flagged, and the signature is the resume's name
 * (never the model's). Returns null when nothing of the body survives, so the caller falls back.
 */
import { guardText } from '../guards/fabrication.js';
import type { SafetyFinding } from '../guards/safety-finding.js';
import type { CoverLetter, CoverLetterLength, CoverLetterTone } from '../ports.js';
import type { CoverLetterOutput } from '../prompts/cover-letter.js';
import type { FabricationSources } from '../guards/fabrication.js';
import { fabricationFinding } from './model-analysis.js';

export function toCoverLetter(
  answer: { data: CoverLetterOutput; model: string },
  context: {
    sources: FabricationSources;
    name: string | null;
    tone: CoverLetterTone;
    length: CoverLetterLength;
    promptVersion: string;
    safetyFindings: SafetyFinding[];
  },
): CoverLetter | null {
  const findings = [...context.safetyFindings];
  const paragraphs = answer.data.paragraphs.flatMap((paragraph) => {
    const guarded = guardText(paragraph, context.sources);
    findings.push(...guarded.removed.map((r) => fabricationFinding(r.sentence, r.facts)));
    return guarded.text ? [guarded.text] : [];
  });
  if (paragraphs.length === 0) return null;
  const closing = answer.data.closing.trim();
  const signature = context.name ? `${closing}\n${context.name}` : closing;
  return {
    text: [answer.data.greeting.trim(), ...paragraphs, signature].join('\n\n'),
    tone: context.tone,
    length: context.length,
    degraded: false,
    promptVersion: context.promptVersion,
    model: answer.model,
    safetyFindings: findings,
  };
}
