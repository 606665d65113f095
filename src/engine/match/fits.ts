/** Title, education and years fit, each 0..100, or null when the posting gives nothing to judge. */
import type { JobDescription } from '../model/match.js';
import { levelRank } from './education-level.js';
import { contentStems } from './lexical-tokens.js';
import type { ResumeIndex } from './resume-index.js';
import { findTerms } from './terms.js';
import {
  EDUCATION_FAR_SHORT,
  EDUCATION_ONE_LEVEL_SHORT,
  EDUCATION_OTHER_FIELD_FACTOR,
  EDUCATION_PREFERRED_FLOOR,
  EDUCATION_UNKNOWN,
  TITLE_RECENCY_DECAY,
  TITLE_SENIORITY_FACTOR,
  TITLE_SENIORITY_GAP,
} from './weights.js';

const SENIORITY_RANK: Record<NonNullable<JobDescription['seniority']>, number> = {
  intern: 0,
  junior: 1,
  mid: 2,
  senior: 3,
  lead: 4,
  executive: 5,
};
const MIN_RECENCY = 0.5;

/**
 * Share of the posting title's content words found in one of the resume's titles (recent ones
 * count more), or 1 when the taxonomy resolves both to the same occupation title; seniority words
 * are generic, so "Senior Backend Engineer" meets "Backend Engineer" and then loses a little if
 * the levels are far apart.
 */
export function titleFit(
  job: JobDescription,
  index: ResumeIndex,
  resumeTitleTerms: ReadonlySet<string>,
): number | null {
  if (!job.title) return null;
  const wanted = new Set(contentStems(job.title));
  if (wanted.size === 0) return null;
  const jobTitleTerms = findTerms(job.title, { language: job.language }).filter(
    (m) => m.kind === 'title',
  );
  let best = jobTitleTerms.some((m) => resumeTitleTerms.has(m.term)) ? 1 : 0;
  index.titles.forEach((title, i) => {
    const have = new Set(contentStems(title));
    let shared = 0;
    for (const stem of wanted) if (have.has(stem)) shared += 1;
    const recency = Math.max(MIN_RECENCY, 1 - i * TITLE_RECENCY_DECAY);
    best = Math.max(best, (shared / wanted.size) * recency);
  });
  const gap = Math.abs(
    SENIORITY_RANK[job.seniority ?? 'mid'] - SENIORITY_RANK[index.seniority ?? 'mid'],
  );
  const factor = job.seniority !== null && gap >= TITLE_SENIORITY_GAP ? TITLE_SENIORITY_FACTOR : 1;
  return Math.round(100 * best * factor);
}

export function educationFit(job: JobDescription, index: ResumeIndex): number | null {
  const wanted = job.education;
  if (!wanted?.level) return null;
  const wantedRank = levelRank(wanted.level as Parameters<typeof levelRank>[0]);
  let score: number;
  if (index.educationLevel === null) score = EDUCATION_UNKNOWN;
  else {
    const gap = wantedRank - levelRank(index.educationLevel);
    score = gap <= 0 ? 100 : gap === 1 ? EDUCATION_ONE_LEVEL_SHORT : EDUCATION_FAR_SHORT;
  }
  if (wanted.field && !sharesField(wanted.field, index.educationText))
    score *= EDUCATION_OTHER_FIELD_FACTOR;
  if (!wanted.required) score = Math.max(score, EDUCATION_PREFERRED_FLOOR);
  return Math.round(score);
}

function sharesField(field: string, educationText: string): boolean {
  const have = new Set(contentStems(educationText));
  return contentStems(field).some((stem) => have.has(stem));
}

export function yearsFit(required: number | null, years: number): number | null {
  if (required === null || required <= 0) return null;
  return Math.round(100 * Math.min(1, years / required));
}
