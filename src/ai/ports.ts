/**
 * The premium tier's ports. `LlmProvider` is the narrow port to any OpenAI-compatible model;
 * `PremiumService` is what the API and CLI call. Without a model, or while the circuit breaker is
 * open, the service answers from the engine alone and says `degraded: true` and why.
 */
import type { MatchResult } from '../engine/model/match.js';
import type { Report } from '../engine/model/report.js';

export interface LlmMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface LlmRequest {
  messages: LlmMessage[];
  /** JSON schema the answer must follow (sent as response_format where supported). */
  jsonSchema?: { name: string; schema: Record<string, unknown> };
  maxTokens?: number;
  temperature?: number;
  signal?: AbortSignal;
}

export interface LlmUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface LlmResponse {
  content: string;
  usage: LlmUsage;
  model: string;
}

export interface LlmProvider {
  /** e.g. "openai-compatible" or "none". */
  name: string;
  model: string;
  complete(request: LlmRequest): Promise<LlmResponse>;
}

export type BreakerState = 'closed' | 'open' | 'half-open' | 'disabled';

export interface BulletRewrite {
  original: string;
  rewrite: string;
  /** Why it is stronger (metric added, weak opener replaced...). */
  reason: string;
  /** Set when the guard found facts the resume does not contain; such rewrites are not shown. */
  rejected?: { reason: string; facts: string[] };
}

export interface PremiumAnalysis {
  rewrites: BulletRewrite[];
  summary: string | null;
  advice: Array<{ priority: number; text: string }>;
  degraded: boolean;
  degradedReason?: string;
  promptVersion: string;
  model: string | null;
  /** Findings raised while preparing the prompt (hidden text removed, injection attempts). */
  safetyFindings: Array<{ code: string; snippet: string }>;
}

export type CoverLetterTone = 'formal' | 'friendly' | 'enthusiastic' | 'concise';
export type CoverLetterLength = 'short' | 'medium' | 'long';

export interface CoverLetter {
  text: string;
  tone: CoverLetterTone;
  length: CoverLetterLength;
  degraded: boolean;
  degradedReason?: string;
  promptVersion: string;
  model: string | null;
  safetyFindings: Array<{ code: string; snippet: string }>;
}

export interface PremiumInput {
  report: Report;
  /** The resume text in reading order (report.text), needed to fence and guard. */
  resumeText: string;
  jobDescription?: string;
  match?: MatchResult;
}

export interface PremiumService {
  analyze(input: PremiumInput, options?: { signal?: AbortSignal }): Promise<PremiumAnalysis>;
  coverLetter(
    input: PremiumInput & { jobDescription: string },
    options?: { tone?: CoverLetterTone; length?: CoverLetterLength; signal?: AbortSignal },
  ): Promise<CoverLetter>;
  /** For /ready and metrics. */
  status(): { provider: string; model: string | null; breaker: BreakerState };
}
