/**
 * Recent roles with fewer than two bullets undersell the experience recruiters care most about;
 * a role with more than eight bullets buries its best results. Older roles may be brief, so the
 * lower bound only applies to roles that are current or ended within the last five years.
 */
import type { ExperienceEntry } from '../../model/resume.js';
import type { Check, CheckContext, FindingDraft } from '../types.js';
import { entryEvidence } from './support/bullets.js';
import { endMonth, latestMonth, nowMonths } from './support/dates.js';

const MIN_BULLETS = 2;
const MAX_BULLETS = 8;
const RECENT_MONTHS = 5 * 12;
const YEAR_RE = /\b(?:19|20)\d\d\b/;
const PROSE_LINE_WORDS = 5;

/**
 * Statements in an entry written as prose rather than bullets (LinkedIn exports, paragraph
 * styles): sentences in the parsed description or in the entry's own lines, skipping the title,
 * organisation and date lines.
 */
function proseStatements(context: CheckContext, entry: ExperienceEntry): number {
  const header = [entry.title, entry.organization].filter((v): v is string => Boolean(v));
  let text = entry.description ?? '';
  const [from, to] = entry.source?.lines ?? [0, -1];
  if (!text) {
    for (const line of context.layout.lines.slice(from, to + 1)) {
      if (line.bullet || YEAR_RE.test(line.text) || header.some((h) => line.text.includes(h))) {
        continue;
      }
      if (line.text.split(/\s+/).length >= PROSE_LINE_WORDS || text) text += ` ${line.text}`;
    }
  }
  return text.split(/[.!?](?:\s|$)/).filter((sentence) => sentence.trim().length > 3).length;
}

export const bulletsPerRole: Check = {
  id: 'content.bullets-per-role',
  category: 'content',
  severity: 'warning',
  weight: 5,
  appliesTo: { languages: ['en'] },
  codes: ['content.too-few-bullets', 'content.too-many-bullets'],
  run(context) {
    const { experience } = context.resume;
    const today = context.now ? nowMonths(context.now) : latestMonth(experience);
    const findings: FindingDraft[] = [];
    for (const entry of experience) {
      const count = entry.bullets.length || proseStatements(context, entry);
      const role = entry.title ?? entry.organization ?? '';
      if (count > MAX_BULLETS) {
        findings.push({
          code: 'content.too-many-bullets',
          params: { role, count, max: MAX_BULLETS },
          evidence: [entryEvidence(context, entry)],
        });
        continue;
      }
      const ended = endMonth(entry, today);
      const isRecent = today !== null && ended !== null && today - ended <= RECENT_MONTHS;
      if (isRecent && count < MIN_BULLETS) {
        findings.push({
          code: 'content.too-few-bullets',
          params: { role, count, min: MIN_BULLETS },
          evidence: [entryEvidence(context, entry)],
        });
      }
    }
    return findings;
  },
};
