/**
 * Career stage from the resume's own dates: years of experience (months covered by positions,
 * overlaps counted once) and whether the person is a student or recent graduate. Checks use it
 * to hold students to student norms: education first and no work history are normal for them.
 */
import type { Resume } from '../../model/resume.js';
import { endBounds, presentIndex, spanOf } from '../dates/timeline.js';
import type { YearMonth } from '../types.js';

export interface CareerStage {
  yearsOfExperience: number;
  /** Studying now, or graduated within the last year. */
  isStudent: boolean;
}

const RECENT_GRADUATE_MONTHS = 12;

export function careerStage(resume: Resume, now: YearMonth | undefined): CareerStage {
  const present = presentIndex(resume, now);
  const covered = new Set<number>();
  for (const entry of resume.experience) {
    const span = spanOf(entry);
    const end = endBounds(span, present);
    if (!span.start || !end) continue;
    for (let m = span.start.earliest; m <= end.latest && m <= present; m += 1) covered.add(m);
  }
  const isStudent = resume.education.some((entry) => {
    // A start with no end ("2023 – present") is in progress.
    if (entry.start && !entry.end) return true;
    const end = endBounds(spanOf({ ...entry, current: false }), present);
    return end !== null && end.latest >= present - RECENT_GRADUATE_MONTHS;
  });
  return { yearsOfExperience: covered.size / 12, isStudent };
}
