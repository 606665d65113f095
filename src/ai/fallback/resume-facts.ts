/**
 * The few resume facts the templates are filled from. Everything here is copied from the report,
 * never derived by guesswork, so the fallback summary and letter cannot state what the resume
 * does not.
 */
import type { ExperienceEntry } from '../../engine/model/resume.js';
import { parseJobDescription } from '../../engine/match/parse-job.js';
import type { PremiumInput } from '../ports.js';

export interface ResumeFacts {
  name: string | null;
  latest: ExperienceEntry | null;
  previous: ExperienceEntry | null;
  /** Job terms the resume shows, strongest first; else the resume's own skills. */
  strengths: string[];
  /** Whole years of experience, when the match computed them. */
  years: number | null;
  jobTitle: string | null;
}

const MAX_STRENGTHS = 4;

/** Current roles first, then by end date; resumes are usually but not always newest first. */
function byRecency(a: ExperienceEntry, b: ExperienceEntry): number {
  if (a.current !== b.current) return a.current ? -1 : 1;
  return (b.end ?? b.start ?? '').localeCompare(a.end ?? a.start ?? '');
}

function isUsable(entry: ExperienceEntry): boolean {
  return Boolean(entry.title?.trim() || entry.organization?.trim());
}

/** The match already parsed the job; without one, parsing the posting is cheap and pure. */
function jobTitleOf(input: PremiumInput): string | null {
  const title =
    input.match?.job.title ??
    (input.jobDescription ? parseJobDescription(input.jobDescription).title : null);
  return title?.trim() || null;
}

export function readResumeFacts(input: PremiumInput): ResumeFacts {
  const { report, match } = input;
  const roles = report.experience.filter(isUsable).sort(byRecency);
  // Titles ("backend developer") are not strengths to list in a letter or summary.
  const matched = [...(match?.matched ?? [])]
    .filter((m) => m.kind !== 'title')
    .sort((a, b) => b.weight - a.weight)
    .map((m) => m.term);
  const strengths = (matched.length > 0 ? matched : report.skills).slice(0, MAX_STRENGTHS);
  const years = match && match.resumeYears >= 1 ? Math.floor(match.resumeYears) : null;
  return {
    name: report.contact.name?.trim() || null,
    latest: roles[0] ?? null,
    previous: roles[1] ?? null,
    strengths,
    years,
    jobTitle: jobTitleOf(input),
  };
}

/** "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Engineer at Acme", "Engineer", or "a role at Acme" — whichever parts the entry has. */
export function describeRole(entry: ExperienceEntry): string {
  const title = entry.title?.trim();
  const organization = entry.organization?.trim();
  if (title && organization) return `${title} at ${organization}`;
  return title ?? `a role at ${organization ?? ''}`;
}
