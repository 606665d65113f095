/**
 * The fallback summary, built only from resume facts: latest role, years (as the engine computed
 * them) and strengths. With no role to name it is null rather than generic filler.
 */
import { type ResumeFacts, describeRole, joinList } from './resume-facts.js';

export function buildFactSummary(facts: ResumeFacts): string | null {
  if (!facts.latest) return null;
  const years = facts.years === null ? '' : ` with ${facts.years}+ years of experience`;
  const opening = `${describeRole(facts.latest)}${years}.`;
  const strengths =
    facts.strengths.length > 0 ? ` Strengths include ${joinList(facts.strengths)}.` : '';
  return `${opening.charAt(0).toUpperCase()}${opening.slice(1)}${strengths}`;
}
