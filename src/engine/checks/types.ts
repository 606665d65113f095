/** The shape every check declares. The scorer reads only these declarations. */
import type { DocumentFormat, ExtractedDocument } from '../model/document.js';
import type { CheckCategory, Evidence, FindingParams, Severity } from '../model/finding.js';
import type { LayoutDocument } from '../model/layout.js';
import type { Resume } from '../model/resume.js';

export interface YearMonth {
  year: number;
  /** 1..12 */
  month: number;
}

/** Everything a check may look at; all of it is plain data. */
export interface CheckContext {
  extracted: ExtractedDocument;
  layout: LayoutDocument;
  resume: Resume;
  /** Word count of the text in reading order. */
  words: number;
  textExtractable: boolean;
  /** ISO 639-1 code of the resume's language, or "und". */
  language: string;
  /** The current month, passed in by the caller; checks that need it are skipped without it. */
  now?: YearMonth;
}

export interface AppliesTo {
  /** Formats the check understands; all when absent. */
  formats?: readonly DocumentFormat[];
  /** Languages the check can assess (ISO 639-1); all when absent. */
  languages?: readonly string[];
  /**
   * The check is one language variant of a pair (a warning in English, a tip where the practice
   * is customary): another check covers the other languages, so a mismatch is not a gap.
   */
  languageVariant?: boolean;
  /** Needs a usable text layer. Defaults to true. */
  needsText?: boolean;
  /** Needs at least this many words. */
  minWords?: number;
  /** Needs `now`. */
  needsClock?: boolean;
}

/** What `run` returns: the runner adds the check's id, category and severity. */
export interface FindingDraft {
  code: string;
  params?: FindingParams;
  evidence?: Evidence[];
}

interface CheckBase {
  id: string;
  category: CheckCategory;
  appliesTo: AppliesTo;
  /** Every finding code the check can emit; each has a message. */
  codes: readonly string[];
  run(context: CheckContext): FindingDraft[];
}

export interface BlockerCheck extends CheckBase {
  severity: 'blocker';
  /** Highest overall score a resume can have while this fires. */
  cap: number;
}

export interface WarningCheck extends CheckBase {
  severity: 'warning';
  /** Points taken from the category score, once, however often it fires. */
  weight: number;
}

export interface TipCheck extends CheckBase {
  severity: 'tip';
}

export type Check = BlockerCheck | WarningCheck | TipCheck;

export type { Severity };
