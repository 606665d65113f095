/**
 * Experience entries: one per position. Header pieces are assigned by cue words (title words,
 * company suffixes) and otherwise by order, title first. A position printed under the previous
 * employer (a company line, then several titles with their own dates) inherits that employer.
 */
import type { Line } from '../model/layout.js';
import type { ExperienceEntry } from '../model/resume.js';
import { formatDate } from './dates.js';
import { orgScore, splitPieces, titleScore } from './entry-fields.js';
import { splitProjectGroups } from './experience-projects.js';
import { collectBullets, groupEntries, toEntryLines, type EntryGroup } from './entry-groups.js';

export function parseExperience(lines: readonly Line[]): ExperienceEntry[] {
  return parseExperienceSection(lines).experience;
}

/** Positions, and the lines of projects listed among them (for the projects parser). */
export function parseExperienceSection(lines: readonly Line[]): {
  experience: ExperienceEntry[];
  projectLines: Line[];
} {
  const groups = groupEntries(toEntryLines(lines)).filter((g) => g.header.length > 0);
  const { positions, projects } = splitProjectGroups(groups);
  const entries: ExperienceEntry[] = [];
  for (const group of positions) {
    const previous = entries[entries.length - 1];
    entries.push(toEntry(group, previous));
  }
  const projectLines = projects.flatMap((g) => [...g.header, ...g.body].map((l) => l.line));
  return { experience: entries, projectLines };
}

function toEntry(group: EntryGroup, previous: ExperienceEntry | undefined): ExperienceEntry {
  const { pieces, location } = splitPieces(group.header);
  const { title, organization } = assignRoles(pieces);
  const { bullets, prose } = collectBullets(group.body);
  const range = group.anchor?.date?.range;
  const first = group.header[0]?.line ?? group.anchor?.line;
  const last =
    group.body[group.body.length - 1]?.line ?? group.header[group.header.length - 1]?.line;
  return {
    title,
    organization: organization ?? (title && previous ? previous.organization : null),
    location,
    start: formatDate(range?.start ?? null),
    end: range?.current ? null : formatDate(range?.end ?? null),
    current: range?.current ?? false,
    bullets,
    ...(prose.length > 0 ? { description: prose.join(' ') } : {}),
    ...(first && last ? { source: { page: first.page, lines: [first.index, last.index] } } : {}),
  };
}

function assignRoles(pieces: string[]): { title: string | null; organization: string | null } {
  if (pieces.length === 0) return { title: null, organization: null };
  if (pieces.length === 1) return { title: pieces[0] ?? null, organization: null };
  const byTitle = bestBy(pieces, titleScore);
  const byOrg = bestBy(pieces, orgScore);
  if (byTitle.score > 0 && byOrg.score > 0 && byTitle.index !== byOrg.index) {
    return { title: pieces[byTitle.index] ?? null, organization: pieces[byOrg.index] ?? null };
  }
  if (byTitle.score > 0) {
    const other = byTitle.index === 0 ? 1 : 0;
    return { title: pieces[byTitle.index] ?? null, organization: pieces[other] ?? null };
  }
  if (byOrg.score > 0) {
    const other = byOrg.index === 0 ? 1 : 0;
    return { title: pieces[other] ?? null, organization: pieces[byOrg.index] ?? null };
  }
  return { title: pieces[0] ?? null, organization: pieces[1] ?? null };
}

function bestBy(
  pieces: string[],
  score: (text: string) => number,
): { index: number; score: number } {
  let best = { index: 0, score: -Infinity };
  pieces.forEach((piece, index) => {
    const value = score(piece);
    if (value > best.score) best = { index, score: value };
  });
  return best;
}
