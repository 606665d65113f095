/** Types for job matching: how well a resume fits a job description (issue 4). */
import type { SectionKind } from './resume.js';

export type TermKind = 'hard' | 'soft' | 'tool' | 'title' | 'certification' | 'language';

/** A skill, tool or other term found in a text, resolved to its canonical taxonomy entry. */
export interface TermMention {
  /** Canonical form (e.g. "Kubernetes" for "k8s"). */
  term: string;
  kind: TermKind;
  /** The text as printed. */
  surface: string;
  /** Character offsets in the text that was scanned. */
  start: number;
  end: number;
}

export type JobPart = 'title' | 'responsibilities' | 'requirements' | 'preferred' | 'other';

export interface JobTerm {
  term: string;
  kind: TermKind;
  /** Importance: requirements > preferred; repeated and multi-word terms weigh more. */
  weight: number;
  required: boolean;
  /** How many times the job description mentions it. */
  count: number;
}

export interface JobDescription {
  title: string | null;
  parts: Array<{ part: JobPart; heading: string | null; text: string }>;
  terms: JobTerm[];
  yearsRequired: number | null;
  education: { level: string | null; field: string | null; required: boolean } | null;
  seniority: 'intern' | 'junior' | 'mid' | 'senior' | 'lead' | 'executive' | null;
  location: string | null;
  remote: 'remote' | 'hybrid' | 'onsite' | null;
  language: string;
  /** Whether any section heading was recognised (unstructured postings weigh terms evenly). */
  hasStructure?: boolean;
}

export interface MatchedTerm {
  term: string;
  kind: TermKind;
  weight: number;
  required: boolean;
  /** Where the resume shows it. */
  evidence: Array<{ section: SectionKind | 'contact' | 'header'; snippet: string }>;
}

export interface MissingTerm {
  term: string;
  kind: TermKind;
  weight: number;
  required: boolean;
  /** Where it would belong in the resume. */
  suggestedSection: SectionKind;
}

export interface MatchParts {
  hardSkills: number;
  softSkills: number;
  title: number;
  education: number;
  experienceYears: number;
  /** Lexical similarity of resume and posting beyond taxonomy terms (docs/matching.md). */
  keywords?: number;
  /** Parts the posting gives nothing to judge (no degree named, no skills found): left out of `score`. */
  notApplicable?: Array<
    'hardSkills' | 'softSkills' | 'title' | 'education' | 'experienceYears' | 'keywords'
  >;
}

export interface MatchResult {
  score: number;
  parts: MatchParts;
  matched: MatchedTerm[];
  missing: MissingTerm[];
  resumeYears: number;
  job: JobDescription;
  /** Stuffing or hidden text that counted against the match. */
  penalties: Array<{ code: string; points: number; terms?: string[] }>;
}
