/** Findings and scores: what the health checks produce. Findings are data; text comes from codes. */
import type { Box } from './document.js';

export type Severity = 'blocker' | 'warning' | 'tip';

export type CheckCategory =
  'parseability' | 'layout' | 'sections' | 'contact' | 'dates' | 'content' | 'length' | 'privacy';

export const CHECK_CATEGORIES: readonly CheckCategory[] = [
  'parseability',
  'layout',
  'sections',
  'contact',
  'dates',
  'content',
  'length',
  'privacy',
];

/** Where in the document a finding points. */
export interface Evidence {
  page?: number;
  /** Line index in reading order. */
  line?: number;
  box?: Box;
  snippet?: string;
}

export type FindingParams = Record<string, string | number | boolean | string[]>;

export interface Finding {
  code: string;
  checkId: string;
  category: CheckCategory;
  severity: Severity;
  params: FindingParams;
  evidence: Evidence[];
  /** Rendered from `code` and `params` by the messages module. */
  message: string;
  fix: string;
}

export interface ScoreDeduction {
  code: string;
  checkId: string;
  category: CheckCategory;
  points: number;
}

export interface Score {
  algorithm: string;
  overall: number;
  /** The blocker code that capped the overall score, if any. */
  cappedBy: string | null;
  /** The score before any cap. */
  uncapped: number;
  categories: Partial<Record<CheckCategory, number>>;
  deductions: ScoreDeduction[];
}

export interface SkippedCheck {
  checkId: string;
  reason: string;
}
