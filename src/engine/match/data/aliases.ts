/**
 * The hand-curated part of the taxonomy: abbreviations, spelling variants and ambiguous short
 * names. scripts/build-taxonomy.ts merges it ahead of ESCO and O*NET, so a curated entry decides
 * what a shared key means (e.g. "software developer" counts as "software engineer").
 */
import { CERTIFICATIONS, SOFT_SKILLS, TITLES } from './aliases-people.js';
import { TECH_TERMS } from './aliases-tech.js';
import type { CuratedTerm } from './curated-term.js';

export type { CuratedTerm } from './curated-term.js';

export const CURATED_TERMS: readonly CuratedTerm[] = [
  ...TECH_TERMS,
  ...SOFT_SKILLS,
  ...TITLES,
  ...CERTIFICATIONS,
];
