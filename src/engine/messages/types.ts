import type { FindingParams } from '../model/finding.js';

/** The human side of a finding code. */
export interface MessageTemplate {
  /** A short name for lists and docs. */
  title: string;
  /** Why it matters, for docs/checks.md and expandable UI text. */
  why: string;
  message(params: FindingParams): string;
  fix(params: FindingParams): string;
}

export type MessageCatalog = Record<string, MessageTemplate>;
