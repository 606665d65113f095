/**
 * One resume against one job description: term coverage with evidence, title, education and
 * years fit, lexical similarity, and penalties, combined as documented in docs/matching.md.
 */
import type { LayoutDocument } from '../model/layout.js';
import type {
  JobDescription,
  JobTerm,
  MatchedTerm,
  MatchParts,
  MatchResult,
  MissingTerm,
  TermKind,
} from '../model/match.js';
import type { Resume, SectionKind } from '../model/resume.js';
import { educationFit, titleFit, yearsFit } from './fits.js';
import { keywordCoverage, profileJob } from './lexical.js';
import { computePenalties, findHiddenOnlyTerms, findStuffedTerms } from './penalties.js';
import { indexResume, type ResumeIndex } from './resume-index.js';
import type { YearMonth } from './resume-years.js';
import { combineParts, type PartScores } from './combine.js';
import { KEYWORD_COVERAGE_FOR_FULL } from './weights.js';

export interface MatchOptions {
  /** The current month, for a current job's length; the engine reads no clock. */
  now?: YearMonth;
}

/** Where a missing term would belong in a resume. */
const SUGGESTED_SECTION: Record<TermKind, SectionKind> = {
  hard: 'skills',
  tool: 'skills',
  certification: 'certifications',
  language: 'languages',
  soft: 'experience',
  title: 'summary',
};

export function matchResume(
  resume: Resume,
  source: LayoutDocument | string,
  job: JobDescription,
  options: MatchOptions = {},
): MatchResult {
  return matchIndexedResume(prepareResume(resume, source, options), job);
}

/** The resume-side work of matching, done once and reused for every job (see rank.ts). */
export interface PreparedResume {
  index: ResumeIndex;
  stuffed: string[];
}

export function prepareResume(
  resume: Resume,
  source: LayoutDocument | string,
  options: MatchOptions = {},
): PreparedResume {
  const index = indexResume(resume, source, options);
  return { index, stuffed: findStuffedTerms(index) };
}

export function matchIndexedResume(prepared: PreparedResume, job: JobDescription): MatchResult {
  const { index } = prepared;
  const matched: MatchedTerm[] = [];
  const missing: MissingTerm[] = [];
  for (const term of job.terms) {
    const hit = index.terms.get(term.term);
    if (hit && hit.count > 0) {
      matched.push({
        term: term.term,
        kind: term.kind,
        weight: term.weight,
        required: term.required,
        evidence: hit.evidence,
      });
    } else {
      missing.push({
        term: term.term,
        kind: term.kind,
        weight: term.weight,
        required: term.required,
        suggestedSection: SUGGESTED_SECTION[term.kind],
      });
    }
  }
  const isSoft = (t: { kind: TermKind }) => t.kind === 'soft';
  const scores: PartScores = {
    hardSkills: coverage(
      job.terms.filter((t) => !isSoft(t)),
      matched,
    ),
    softSkills: coverage(job.terms.filter(isSoft), matched),
    title: titleFit(job, index, index.titleTerms),
    education: educationFit(job, index),
    experienceYears: yearsFit(job.yearsRequired, index.years),
    keywords: keywordPart(job, index),
  };
  const penalties = computePenalties(prepared.stuffed, findHiddenOnlyTerms(index, job.terms));
  const { score, notApplicable } = combineParts(scores, penalties);
  const parts: MatchParts = {
    hardSkills: scores.hardSkills ?? 0,
    softSkills: scores.softSkills ?? 0,
    title: scores.title ?? 0,
    education: scores.education ?? 0,
    experienceYears: scores.experienceYears ?? 0,
    keywords: scores.keywords ?? 0,
    notApplicable,
  };
  return { score, parts, matched, missing, resumeYears: index.years, job, penalties };
}

/** Weighted share (0..100) of the job's terms the resume shows; null when the job names none. */
function coverage(terms: readonly JobTerm[], matched: readonly MatchedTerm[]): number | null {
  if (terms.length === 0) return null;
  const found = new Set(matched.map((m) => m.term));
  let total = 0;
  let have = 0;
  for (const term of terms) {
    total += term.weight;
    if (found.has(term.term)) have += term.weight;
  }
  return total > 0 ? Math.round((100 * have) / total) : null;
}

function keywordPart(job: JobDescription, index: ResumeIndex): number | null {
  const profile = profileJob(job);
  if (profile.total === 0) return null;
  return Math.round(100 * Math.min(1, keywordCoverage(profile, index) / KEYWORD_COVERAGE_FOR_FULL));
}
