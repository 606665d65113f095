/** The premium tier's public pieces: the service, its prompts, guards and engine-only fallback. */
export * from './ports.js';
export { createPremiumService, type PremiumServiceOptions } from './premium/service.js';
export { type DegradedReason, degradedReasonOf } from './premium/degraded-reason.js';
export type { CachedCall } from './premium/model-call.js';
export { selectWeakBullets, type WeakBullet, type BulletIssue } from './premium/weak-bullets.js';
export {
  type PromptTemplate,
  PromptVariableError,
  renderPrompt,
  promptCacheKeyPart,
} from './prompts/template.js';
export { premiumAnalysisPrompt } from './prompts/premium-analysis.js';
export {
  coverLetterPrompt,
  COVER_LETTER_TONES,
  COVER_LETTER_LENGTHS,
} from './prompts/cover-letter.js';
export { fence, neutralizeDelimiters } from './guards/fence.js';
export { findPromptInjections } from './guards/injection.js';
export { removeHiddenText } from './guards/hidden-text.js';
export { prepareInput, type PreparedInput } from './guards/prepare-input.js';
export { findFabricatedFacts, guardRewrite, guardText } from './guards/fabrication.js';
export { buildFactSource } from './guards/fact-source.js';
export type { SafetyFinding, SafetyFindingCode } from './guards/safety-finding.js';
export { fallbackAnalysis } from './fallback/analysis.js';
export { fallbackCoverLetter } from './fallback/cover-letter.js';
