/** A stand-in PremiumService for the API and CLI tests: records inputs, answers as configured. */
import type {
  BreakerState,
  CoverLetter,
  PremiumAnalysis,
  PremiumInput,
  PremiumService,
} from '../../src/ai/ports.js';

export interface StandIn extends PremiumService {
  calls: Array<{ kind: 'analyze' | 'coverLetter'; input: PremiumInput; options?: unknown }>;
  breaker: BreakerState;
  degradedReason: string | undefined;
  failure: Error | undefined;
}

export function createStandInPremium(): StandIn {
  const standIn: StandIn = {
    calls: [],
    breaker: 'closed',
    degradedReason: undefined,
    failure: undefined,
    async analyze(input) {
      standIn.calls.push({ kind: 'analyze', input });
      if (standIn.failure) throw standIn.failure;
      return analysis(standIn.degradedReason);
    },
    async coverLetter(input, options) {
      standIn.calls.push({ kind: 'coverLetter', input, options });
      if (standIn.failure) throw standIn.failure;
      return letter(options?.tone ?? 'formal', standIn.degradedReason);
    },
    status: () => ({ provider: 'stand-in', model: 'stand-in-1', breaker: standIn.breaker }),
  };
  return standIn;
}

const provenance = (degradedReason: string | undefined) => ({
  degraded: degradedReason !== undefined,
  ...(degradedReason === undefined ? {} : { degradedReason }),
  promptVersion: 'test-1',
  model: degradedReason === undefined ? 'stand-in-1' : null,
  safetyFindings: [{ code: 'ai.injection-attempt', snippet: 'ignore previous instructions' }],
});

function analysis(degradedReason: string | undefined): PremiumAnalysis {
  return {
    rewrites: [
      { original: 'Did reports', rewrite: 'Wrote weekly reports', reason: 'stronger verb' },
      {
        original: 'Led a team',
        rewrite: 'Led a team of 40 at Google',
        reason: 'metric added',
        rejected: { reason: 'adds facts', facts: ['40', 'Google'] },
      },
    ],
    summary: 'Engineer with a record of shipping.',
    advice: [
      { priority: 2, text: 'Quantify the migration.' },
      { priority: 1, text: 'Lead with Kubernetes.' },
    ],
    ...provenance(degradedReason),
  };
}

function letter(tone: CoverLetter['tone'], degradedReason: string | undefined): CoverLetter {
  return {
    text: 'Dear hiring team,\n\nI would like to apply.\n\nKind regards',
    tone,
    length: 'medium',
    ...provenance(degradedReason),
  };
}
