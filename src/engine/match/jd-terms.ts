/**
 * Weighted terms of a job description: taxonomy terms found in each part, weighted by where they
 * appear (requirements > responsibilities > nice-to-haves > company blurb), how often, and how
 * many words they have; capped so that no single term dominates.
 */
import type { JobPart, JobTerm, TermKind } from '../model/match.js';
import type { JobPartText } from './jd-sections.js';
import { isGenericToken } from './lexical-tokens.js';
import { findTerms } from './terms.js';
import {
  MAX_TERM_WEIGHT,
  PART_WEIGHTS,
  PHRASE_BONUS,
  REPEAT_BONUS,
  REPEAT_MAX_EXTRA,
} from './weights.js';

interface Tally {
  term: string;
  kind: TermKind;
  count: number;
  base: number;
  parts: Set<JobPart>;
}

/** The weight of a part of this posting: unlabelled intro and unstructured text differ. */
export function partWeight(part: JobPartText, hasStructure: boolean): number {
  if (part.part !== 'other') return PART_WEIGHTS[part.part];
  if (!hasStructure) return PART_WEIGHTS.unstructured;
  return part.heading === null ? PART_WEIGHTS.intro : PART_WEIGHTS.other;
}

export function weighJobTerms(
  title: string | null,
  parts: readonly JobPartText[],
  options: { language: string; hasStructure: boolean },
): JobTerm[] {
  const tallies = new Map<string, Tally>();
  const sources: Array<{ part: JobPartText; weight: number }> = parts.map((part) => ({
    part,
    weight: partWeight(part, options.hasStructure),
  }));
  if (title) {
    sources.unshift({
      part: { part: 'title', heading: null, text: title },
      weight: PART_WEIGHTS.title,
    });
  }
  for (const { part, weight } of sources) {
    for (const mention of findTerms(part.text, { language: options.language })) {
      if (isGenericToken(mention.term.toLowerCase())) continue;
      const tally = tallies.get(mention.term) ?? {
        term: mention.term,
        kind: mention.kind,
        count: 0,
        base: 0,
        parts: new Set<JobPart>(),
      };
      tally.count += 1;
      tally.base = Math.max(tally.base, weight);
      tally.parts.add(part.part);
      tallies.set(mention.term, tally);
    }
  }
  const hasRequirements = parts.some((part) => part.part === 'requirements');
  return [...tallies.values()]
    .map((tally) => toJobTerm(tally, hasRequirements))
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
}

function toJobTerm(tally: Tally, hasRequirements: boolean): JobTerm {
  const words = Math.min(3, tally.term.split(/\s+/).length);
  const repeats = Math.min(REPEAT_MAX_EXTRA, tally.count - 1);
  const weight = tally.base * (1 + REPEAT_BONUS * repeats) * (1 + PHRASE_BONUS * (words - 1));
  return {
    term: tally.term,
    kind: tally.kind,
    weight: Math.round(Math.min(MAX_TERM_WEIGHT, weight) * 100) / 100,
    required: isRequired(tally.parts, hasRequirements),
    count: tally.count,
  };
}

/**
 * With a requirements section, required means listed there (or in the title); without one, named
 * anywhere except among nice-to-haves and the company blurb.
 */
function isRequired(parts: ReadonlySet<JobPart>, hasRequirements: boolean): boolean {
  if (parts.has('requirements') || parts.has('title')) return true;
  if (hasRequirements) return false;
  return parts.has('responsibilities') || parts.has('other');
}
