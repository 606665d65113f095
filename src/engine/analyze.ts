/** The public facade: the CLI, the server, the worker and the browser all call `analyze`. */
import { CHECKS, runChecks, type CheckContext } from './checks/index.js';
import { extractDocument } from './extract/index.js';
import { buildLayout } from './layout/index.js';
import { readJobDescriptionText } from './match/job-input.js';
import { matchResume } from './match/match.js';
import { parseJobDescription } from './match/parse-job.js';
import type { ExtractedDocument } from './model/document.js';
import type { LayoutDocument } from './model/layout.js';
import type { MatchResult } from './model/match.js';
import { SCHEMA_VERSION, type Report, type Timing } from './model/report.js';
import type { Resume } from './model/resume.js';
import { createBudget, type ExtractOptions } from './options.js';
import { parseResume } from './parse/index.js';
import { charKind } from './parse/char-scan.js';
import { computeScore } from './score/score.js';
import { ENGINE_VERSION } from './version.js';

export interface AnalyzeOptions extends ExtractOptions {
  /** The current time, for date checks (future dates, gaps up to today); the engine reads no clock. */
  now?: Date;
  /** Finding codes the user dismissed: listed in the report, left out of the score. */
  dismiss?: readonly string[];
  /** A job description to match against: text, HTML, or a file's bytes (PDF, DOCX, HTML, TXT). */
  jobDescription?: string | Uint8Array;
}

export type AnalyzeInput = Uint8Array | string;

export async function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Promise<Report> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const clock = options.clock;
  const t0 = clock?.() ?? 0;
  const extracted = await extractDocument(bytes, options);
  const t1 = clock?.() ?? 0;
  const budget = createBudget(options);
  const layout = buildLayout(extracted, budget);
  const t2 = clock?.() ?? 0;
  budget.check();
  const resume = parseResume(layout);
  const t3 = clock?.() ?? 0;
  const timing = clock ? { extractMs: t1 - t0, layoutMs: t2 - t1, parseMs: t3 - t2 } : undefined;
  const match =
    options.jobDescription === undefined
      ? undefined
      : await matchJobDescription(resume, layout, options.jobDescription, options);
  return buildReport(extracted, layout, resume, {
    timing,
    now: options.now,
    dismiss: options.dismiss,
    match,
  });
}

async function matchJobDescription(
  resume: Resume,
  layout: LayoutDocument,
  jobDescription: string | Uint8Array,
  options: AnalyzeOptions,
): Promise<MatchResult> {
  // The job file is a different document: the resume's declared name must not be checked against it.
  const { declaredName: _name, declaredMediaType: _type, ...extractOptions } = options;
  const text = await readJobDescriptionText(jobDescription, extractOptions);
  const now = options.now
    ? { year: options.now.getUTCFullYear(), month: options.now.getUTCMonth() + 1 }
    : undefined;
  return matchResume(resume, layout, parseJobDescription(text), now ? { now } : {});
}

const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_JOINERS = "'’.-+#";

/**
 * Latin-style tokens (/[\p{L}\p{N}][\p{L}\p{N}'’.\-+#]*\/u) that hold no CJK character, plus
 * one word per two CJK characters (a CJK "word" is about two characters). One walk over the
 * code points: matching the whole text into arrays cost more than the rest of the report.
 */
export function countWords(text: string): number {
  let words = 0;
  let cjk = 0;
  let inWord = false;
  let wordHasCjk = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i += 1;
    const isWordChar = charKind(code) > 0;
    const isCjk = code >= 0x80 && CJK_RE.test(String.fromCodePoint(code));
    if (isCjk) cjk += 1;
    if (inWord) {
      if (isWordChar || (code <= 0xffff && WORD_JOINERS.includes(String.fromCharCode(code)))) {
        wordHasCjk ||= isCjk;
        continue;
      }
      if (!wordHasCjk) words += 1;
      inWord = false;
    }
    if (isWordChar) {
      inWord = true;
      wordHasCjk = isCjk;
    }
  }
  if (inWord && !wordHasCjk) words += 1;
  return words + Math.ceil(cjk / 2);
}

/**
 * Whether an ATS gets usable text out of the file: some words, not every page without a text
 * layer, and at most a minority of pages garbled. One scanned page in three still leaves a
 * readable resume, whose other pages the checks should assess.
 */
export function isTextExtractable(extracted: ExtractedDocument, words: number): boolean {
  if (words === 0) return false;
  const analyzed = Math.max(1, extracted.pagesAnalyzed);
  const pagesWith = (code: string) =>
    extracted.diagnostics.find((d) => d.code === code)?.pages?.length ?? 0;
  if (pagesWith('pdf.no-text-layer') >= analyzed) return false;
  return pagesWith('pdf.garbled-text') * 2 < analyzed;
}

export interface ReportOptions {
  timing?: Timing;
  now?: Date;
  dismiss?: readonly string[];
  match?: MatchResult;
}

export function buildReport(
  extracted: ExtractedDocument,
  layout: LayoutDocument,
  resume: Resume,
  options: ReportOptions = {},
): Report {
  const { timing, now, dismiss, match } = options;
  const text = layout.lines.map((line) => line.text).join('\n');
  const words = countWords(text);
  const textExtractable = isTextExtractable(extracted, words);
  const context: CheckContext = {
    extracted,
    layout,
    resume,
    words,
    textExtractable,
    language: resume.language,
    ...(now ? { now: { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 } } : {}),
  };
  const checkRun = runChecks(CHECKS, context, dismiss);
  const score = computeScore({ checks: CHECKS, ran: checkRun.ran, findings: checkRun.findings });
  const { title, author, creator, producer } = extracted.metadata;
  return {
    schemaVersion: SCHEMA_VERSION,
    engineVersion: ENGINE_VERSION,
    document: {
      format: extracted.format,
      pages: extracted.pageCount,
      pagesAnalyzed: extracted.pagesAnalyzed,
      words,
      textExtractable,
      language: resume.language,
      columns: layout.columns,
      readingOrderRepairedPages: [...new Set(layout.repairs.map((r) => r.page))],
      diagnostics: extracted.diagnostics,
      metadata: { title, author, creator, producer },
    },
    contact: resume.contact,
    sections: resume.sections.map(({ kind, heading, page }) => ({ kind, heading, page })),
    experience: resume.experience,
    education: resume.education,
    skills: resume.skills,
    projects: resume.projects,
    certifications: resume.certifications,
    publications: resume.publications,
    awards: resume.awards,
    volunteering: resume.volunteering,
    languages: resume.languages,
    summary: resume.summary,
    score,
    findings: checkRun.findings,
    dismissed: checkRun.dismissed,
    skippedChecks: checkRun.skipped,
    text,
    ...(timing ? { timing } : {}),
    ...(match ? { match } : {}),
  };
}
