/**
 * Many jobs for one resume: the resume is indexed once (terms, stems, titles, years), each job
 * is parsed and scored against that index, and the results come back best first. Scores equal
 * what `matchResume` gives for the same pair, so a ranked list and a single match agree.
 */
import type { LayoutDocument } from '../model/layout.js';
import type { MatchResult } from '../model/match.js';
import type { Resume } from '../model/resume.js';
import { matchIndexedResume, prepareResume, type MatchOptions } from './match.js';
import { parseJobDescription } from './parse-job.js';

export interface JobInput {
  id: string;
  /** Plain text or HTML. */
  text: string;
}

export interface RankedJob {
  id: string;
  /** 1-based; ties share the order they were given in. */
  rank: number;
  score: number;
  result: MatchResult;
}

export interface RankOptions extends MatchOptions {
  /** Called after each job, for progress reporting. */
  onProgress?: (done: number, total: number) => void;
}

export function rankJobs(
  resume: Resume,
  source: LayoutDocument | string,
  jobs: readonly JobInput[],
  options: RankOptions = {},
): RankedJob[] {
  const prepared = prepareResume(resume, source, options);
  const scored = jobs.map((job, order) => {
    const result = matchIndexedResume(prepared, parseJobDescription(job.text));
    options.onProgress?.(order + 1, jobs.length);
    return { id: job.id, order, score: result.score, result };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map(({ id, score, result }, i) => ({ id, rank: i + 1, score, result }));
}
