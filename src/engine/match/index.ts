/** Job matching (issue 4): read and parse job descriptions, match one resume, rank many jobs. */
export { readJobDescriptionText } from './job-input.js';
export { parseJobDescription, type ParseJobOptions } from './parse-job.js';
export {
  matchResume,
  prepareResume,
  matchIndexedResume,
  type MatchOptions,
  type PreparedResume,
} from './match.js';
export { rankJobs, type JobInput, type RankedJob, type RankOptions } from './rank.js';
export { computeResumeYears, type YearMonth } from './resume-years.js';
export { htmlToText } from './html-to-text.js';
