/** One concept read from a source, before the merge decides which keys it keeps. */
import type { TermKind } from '../../src/engine/model/match.js';
import { keysOf } from '../../src/engine/match/keys.js';

export interface SourceEntry {
  kind: TermKind;
  /** Canonical name first, then alternative labels. */
  labels: string[];
  ambiguous: string[];
  cues: string[];
  isHot: boolean;
  isCaseEnough: boolean;
  isCurated: boolean;
}

/** Longest label a generated (not curated) entry may keep: job ads rarely print longer names. */
export const MAX_GENERATED_TOKENS = 4;

/** Drops "(computer programming)"-style qualifiers and normalises spaces. */
export function cleanLabel(label: string): string {
  return label
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Labels that are plausible as printed in an ad: short, no list punctuation. */
export function isPlausibleLabel(label: string, maxTokens = MAX_GENERATED_TOKENS): boolean {
  if (label.length < 1 || label.length > 60 || /[,;:"|\t]/.test(label)) return false;
  const tokens = keysOf(label).tokens;
  return tokens >= 1 && tokens <= maxTokens;
}

export function generatedEntry(kind: TermKind, labels: string[], isHot = false): SourceEntry {
  return {
    kind,
    labels,
    ambiguous: [],
    cues: [],
    isHot,
    isCaseEnough: false,
    isCurated: false,
  };
}
