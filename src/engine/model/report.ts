/** The report contract shared by the CLI's --json output and the API body (DESIGN.md). */
import type { DocumentFormat, ExtractionDiagnostic } from './document.js';
import type { Finding, Score, SkippedCheck } from './finding.js';
import type { MatchResult } from './match.js';
import type {
  Contact,
  EducationEntry,
  ExperienceEntry,
  GenericEntry,
  LanguageSkill,
  SectionKind,
} from './resume.js';

export const SCHEMA_VERSION = '1';

export interface DocumentSummary {
  format: DocumentFormat;
  pages: number;
  pagesAnalyzed: number;
  words: number;
  textExtractable: boolean;
  language: string;
  columns: number;
  /** Pages where the reading order had to be repaired. */
  readingOrderRepairedPages: number[];
  diagnostics: ExtractionDiagnostic[];
  metadata: { title?: string; author?: string; creator?: string; producer?: string };
}

export interface ReportSection {
  kind: SectionKind;
  heading: string;
  page: number;
}

export interface Timing {
  extractMs: number;
  layoutMs: number;
  parseMs: number;
}

export interface Report {
  schemaVersion: string;
  engineVersion: string;
  document: DocumentSummary;
  contact: Contact;
  sections: ReportSection[];
  experience: ExperienceEntry[];
  education: EducationEntry[];
  skills: string[];
  projects: GenericEntry[];
  certifications: GenericEntry[];
  publications: GenericEntry[];
  awards: GenericEntry[];
  volunteering: GenericEntry[];
  languages: LanguageSkill[];
  summary: string | null;
  score: Score;
  /** Findings that count, in registry order. */
  findings: Finding[];
  /** Findings whose codes the user dismissed: shown, not scored. */
  dismissed: Finding[];
  /** Checks that did not run, and why (language not assessed, no text, no clock...). */
  skippedChecks: SkippedCheck[];
  /** Plain text in reading order, what an ATS would read. */
  text: string;
  timing?: Timing;
  /** Fit to a job description; only when one was given (docs/matching.md). */
  match?: MatchResult;
}
