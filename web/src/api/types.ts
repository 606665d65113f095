/**
 * Response shapes of the HTTP API (OpenAPI at /openapi.json). The report and match types come
 * from the engine's model, which owns them (DESIGN.md, principle 2); premium shapes mirror the
 * premium route schemas, because the web app may not import the server's AI module.
 */
import type { Report } from '../../../src/engine/index.js';
import type { MatchResult } from '../../../src/engine/model/match.js';

/** RFC 9457 problem document, as every API error is sent. */
export interface Problem {
  code: string;
  title: string;
  status: number;
  detail?: string;
  requestId?: string;
}

export interface AnalysisCreated {
  id: string;
  ownerToken: string;
  createdAt: string;
  report: Report;
}

export interface RankedJob {
  id: string;
  rank: number;
  score: number;
  title: string | null;
  result: MatchResult;
}

export interface MatchesResponse {
  format: string;
  jobs: RankedJob[];
}

interface Provenance {
  degraded: boolean;
  degradedReason?: string;
  promptVersion: string;
  model: string | null;
  safetyFindings?: Array<{ code: string; snippet: string }>;
}

export interface BulletRewrite {
  original: string;
  rewrite: string;
  reason: string;
  /** The guard found invented facts: never shown as a suggestion. */
  rejected?: { reason: string; facts: string[] };
}

export interface PremiumAnalysis extends Provenance {
  rewrites: BulletRewrite[];
  summary: string | null;
  advice: Array<{ priority: number; text: string }>;
}

export const COVER_LETTER_TONES = ['formal', 'friendly', 'enthusiastic', 'concise'] as const;
export const COVER_LETTER_LENGTHS = ['short', 'medium', 'long'] as const;
export type CoverLetterTone = (typeof COVER_LETTER_TONES)[number];
export type CoverLetterLength = (typeof COVER_LETTER_LENGTHS)[number];

export interface CoverLetter extends Provenance {
  text: string;
  tone: CoverLetterTone;
  length: CoverLetterLength;
}
