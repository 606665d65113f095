/**
 * Private mode (lazy chunk): the same pure engine the server runs, here in the browser, so the
 * file never leaves the device. It keeps the layout and parsed resume, which the report omits,
 * for the reading-order overlay and for ranking job descriptions without reading the file again.
 */
import { buildReport } from '../../../src/engine/analyze.js';
import { extractDocument } from '../../../src/engine/extract/index.js';
import { buildLayout } from '../../../src/engine/layout/index.js';
import { rankJobs } from '../../../src/engine/match/rank.js';
import type { LayoutDocument } from '../../../src/engine/model/layout.js';
import type { Report } from '../../../src/engine/model/report.js';
import type { Resume } from '../../../src/engine/model/resume.js';
import { parseResume } from '../../../src/engine/parse/index.js';
import type { RankedJob } from '../api/types.js';
import { browserPdfAssets } from './pdf-setup.js';

export interface PrivateAnalysis {
  report: Report;
  layout: LayoutDocument;
  resume: Resume;
}

/** A generous budget: a slow phone should finish, a hostile file should not hang the tab. */
const TIME_BUDGET_MS = 30_000;

export async function analyzePrivately(
  bytes: Uint8Array,
  fileName: string,
  now: Date,
): Promise<PrivateAnalysis> {
  const clock = () => performance.now();
  const extracted = await extractDocument(bytes, {
    declaredName: fileName,
    pdfAssets: browserPdfAssets,
    clock,
    timeBudgetMs: TIME_BUDGET_MS,
  });
  const layout = buildLayout(extracted);
  const resume = parseResume(layout);
  const report = buildReport(extracted, layout, resume, { now });
  return { report, layout, resume };
}

export function rankJobsPrivately(
  analysis: PrivateAnalysis,
  jobs: readonly string[],
  now: Date,
): RankedJob[] {
  const inputs = jobs.map((text, i) => ({ id: `job-${i + 1}`, text }));
  const month = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };
  return rankJobs(analysis.resume, analysis.layout, inputs, { now: month }).map((job) => ({
    ...job,
    title: job.result.job.title,
  }));
}
