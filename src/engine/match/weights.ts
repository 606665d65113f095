/**
 * Every number that shapes the match score, in one place (documented in docs/matching.md).
 * Changing one changes scores users see: keep docs/matching.md in step.
 */
import type { JobPart } from '../model/match.js';

/** How much a term mentioned in each part of a job description matters. */
export const PART_WEIGHTS: Record<JobPart | 'intro' | 'unstructured', number> = {
  title: 3,
  requirements: 3,
  responsibilities: 2,
  /** Text before the first heading: usually a summary of the role. */
  intro: 1.5,
  /** A posting without recognisable headings: every term could be a requirement. */
  unstructured: 2,
  preferred: 1,
  /** Company blurb, benefits, legal text under their own headings. */
  other: 0.5,
};
/** Each repeat adds this share, up to REPEAT_MAX_EXTRA repeats. */
export const REPEAT_BONUS = 0.25;
export const REPEAT_MAX_EXTRA = 4;
/** Each extra word of a phrase adds this share ("machine learning" > "learning"), up to 3 words. */
export const PHRASE_BONUS = 0.15;
/** No single term may dominate the score. */
export const MAX_TERM_WEIGHT = 5;

/**
 * The overall score is a weighted mean of the parts that apply to the posting (a posting that
 * names no degree has no education part). Education and years are "secondary": they only count in
 * proportion to how relevant the resume is to the field (RELEVANCE_FOR_FULL_SECONDARY), because
 * ten years of nursing do not make a backend engineer.
 */
export const PART_SHARES = {
  hardSkills: 0.35,
  keywords: 0.25,
  title: 0.15,
  softSkills: 0.05,
  education: 0.08,
  experienceYears: 0.12,
} as const;
export const RELEVANCE_FOR_FULL_SECONDARY = 55;
export const MIN_SECONDARY_FACTOR = 0.15;

/** Lexical coverage at which the keyword part reaches 100 (real postings rarely exceed ~0.6). */
export const KEYWORD_COVERAGE_FOR_FULL = 0.5;
/** A two-word phrase shared by resume and posting counts this much more than its words. */
export const BIGRAM_WEIGHT = 1.5;

/** Education: one level short still earns this much; two or more levels short this much. */
export const EDUCATION_ONE_LEVEL_SHORT = 60;
export const EDUCATION_FAR_SHORT = 20;
/** A resume with no parsed degree: unknown, not zero. */
export const EDUCATION_UNKNOWN = 40;
/** The degree is in another field than the posting names. */
export const EDUCATION_OTHER_FIELD_FACTOR = 0.75;
/** Only preferred: falling short costs less. */
export const EDUCATION_PREFERRED_FLOOR = 70;

/** Title: a resume title this many levels of seniority away loses TITLE_SENIORITY_FACTOR. */
export const TITLE_SENIORITY_GAP = 2;
export const TITLE_SENIORITY_FACTOR = 0.85;
/** Older roles count less for title similarity: the nth most recent gets 1 - n × this. */
export const TITLE_RECENCY_DECAY = 0.1;

/** Keyword stuffing: a term printed this often, or this often and this dense, is implausible. */
export const STUFFING_MIN_COUNT = 10;
export const STUFFING_DENSE_COUNT = 6;
export const STUFFING_DENSITY = 0.03;
export const STUFFING_POINTS = 4;
export const STUFFING_MAX_POINTS = 20;
/** A job term found only in hidden text: never matched, and this many points off. */
export const HIDDEN_TERM_POINTS = 5;
export const HIDDEN_MAX_POINTS = 25;
