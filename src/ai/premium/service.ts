/**
 * The premium service (ports.ts): prepare input safely, ask the model when one is configured and
 * the breaker allows, guard the answer, and otherwise answer from the engine with `degraded: true`
 * and the reason. A caller's own cancellation is re-thrown, not turned into a degraded answer.
 */
import type {
  BreakerState,
  CoverLetter,
  LlmProvider,
  PremiumAnalysis,
  PremiumService,
} from '../ports.js';
import { fallbackAnalysis } from '../fallback/analysis.js';
import { fallbackCoverLetter } from '../fallback/cover-letter.js';
import { readResumeFacts } from '../fallback/resume-facts.js';
import { prepareInput } from '../guards/prepare-input.js';
import { coverLetterPrompt } from '../prompts/cover-letter.js';
import { premiumAnalysisPrompt } from '../prompts/premium-analysis.js';
import { promptCacheKeyPart } from '../prompts/template.js';
import { type DegradedReason, degradedReasonOf } from './degraded-reason.js';
import { buildGuardSources } from './guard-sources.js';
import { type CachedCall, callModel } from './model-call.js';
import { toPremiumAnalysis } from './model-analysis.js';
import { toCoverLetter } from './model-cover-letter.js';
import { selectWeakBullets } from './weak-bullets.js';

export interface PremiumServiceOptions {
  /** Null (or the "none" provider) means no model: every answer is degraded 'no-model'. */
  provider: LlmProvider | null;
  breakerState?: () => BreakerState;
  cachedCall?: CachedCall;
  maxTokens?: number;
}

const MAX_TERMS = 10;

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: DegradedReason };

export function createPremiumService(options: PremiumServiceOptions): PremiumService {
  const provider = options.provider?.name === 'none' ? null : options.provider;

  /** Why the model must not be asked at all, or null when it may be. */
  function skipReason(): DegradedReason | null {
    if (!provider) return 'no-model';
    return options.breakerState?.() === 'open' ? 'breaker-open' : null;
  }

  async function attempt<T>(
    signal: AbortSignal | undefined,
    run: (p: LlmProvider) => Promise<T>,
  ): Promise<Outcome<T>> {
    const skipped = skipReason();
    if (skipped || !provider) return { ok: false, reason: skipped ?? 'no-model' };
    try {
      return { ok: true, value: await run(provider) };
    } catch (error) {
      if (signal?.aborted) throw error;
      return { ok: false, reason: degradedReasonOf(error) };
    }
  }

  const analyze: PremiumService['analyze'] = async (input, callOptions = {}) => {
    const prepared = prepareInput(input);
    const promptVersion = promptCacheKeyPart(premiumAnalysisPrompt);
    const bullets = selectWeakBullets(input.report);
    const outcome = await attempt(callOptions.signal, (llm) =>
      callModel(premiumAnalysisPrompt, {
        provider: llm,
        cachedCall: options.cachedCall,
        signal: callOptions.signal,
        maxTokens: options.maxTokens,
        key: { resumeText: prepared.resumeText, jobDescription: prepared.jobDescription },
        vars: {
          resumeText: prepared.resumeText,
          jobDescription: prepared.jobDescription,
          weakBullets: bullets.map(({ id, text, issues }) => ({ id, text, issues })),
          missingTerms: (input.match?.missing ?? []).slice(0, MAX_TERMS).map((t) => t.term),
          matchedTerms: (input.match?.matched ?? []).slice(0, MAX_TERMS).map((t) => t.term),
        },
      }),
    );
    const context = { promptVersion, safetyFindings: prepared.safetyFindings };
    if (!outcome.ok) return fallbackAnalysis(input, { ...context, reason: outcome.reason });
    const sources = buildGuardSources(input, prepared.resumeText);
    return toPremiumAnalysis(outcome.value, {
      ...context,
      bullets,
      sources,
    }) satisfies PremiumAnalysis;
  };

  const coverLetter: PremiumService['coverLetter'] = async (input, callOptions = {}) => {
    const tone = callOptions.tone ?? 'formal';
    const length = callOptions.length ?? 'medium';
    const prepared = prepareInput(input);
    const promptVersion = promptCacheKeyPart(coverLetterPrompt);
    const facts = readResumeFacts(input);
    const jobDescription = prepared.jobDescription ?? input.jobDescription;
    const outcome = await attempt(callOptions.signal, (llm) =>
      callModel(coverLetterPrompt, {
        provider: llm,
        cachedCall: options.cachedCall,
        signal: callOptions.signal,
        maxTokens: options.maxTokens,
        key: { resumeText: prepared.resumeText, jobDescription, variant: { tone, length } },
        vars: {
          resumeText: prepared.resumeText,
          jobDescription,
          candidateName: facts.name,
          jobTitle: facts.jobTitle,
          matchedTerms: (input.match?.matched ?? []).slice(0, MAX_TERMS).map((t) => t.term),
          missingTerms: (input.match?.missing ?? []).slice(0, MAX_TERMS).map((t) => t.term),
          tone,
          length,
        },
      }),
    );
    const context = { tone, length, promptVersion, safetyFindings: prepared.safetyFindings };
    let reason: DegradedReason;
    if (outcome.ok) {
      const sources = buildGuardSources(input, prepared.resumeText).forLetter(jobDescription);
      const letter: CoverLetter | null = toCoverLetter(outcome.value, {
        ...context,
        sources,
        name: facts.name,
      });
      if (letter) return letter;
      // Every sentence of the body was fabricated: nothing trustworthy is left to show.
      reason = 'invalid-output';
    } else {
      reason = outcome.reason;
    }
    return fallbackCoverLetter(input, { ...context, reason });
  };

  return {
    analyze,
    coverLetter,
    status: () => ({
      provider: provider?.name ?? 'none',
      model: provider?.model ?? null,
      breaker: options.breakerState?.() ?? 'disabled',
    }),
  };
}
