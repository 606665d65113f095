/**
 * Experience entries: one per position. Header pieces are assigned by cue words (title words,
 * company suffixes) and otherwise by order, title first. A position printed under the previous
 * employer (a company line, then several titles with their own dates) inherits that employer.
 */
import type { Line } from '../model/layout.js';
import type { ExperienceEntry } from '../model/resume.js';
import { formatDate } from './dates.js';
import { orgScore, titleScore } from './entry-fields.js';
import { splitPieces } from './entry-pieces.js';
import { splitProjectGroups } from './experience-projects.js';
import { collectBullets } from './entry-bullets.js';
import { groupEntries, toEntryLines, type EntryGroup } from './entry-groups.js';
import { capListlessHeader } from './entry-heads.js';
import { isBulletLine } from './line-roles.js';

export interface ExperienceOptions {
  /** The source keeps no list information (legacy DOC): paragraphs stand for bullets. */
  hasListInfo?: boolean;
}

export function parseExperience(
  lines: readonly Line[],
  options: ExperienceOptions = {},
): ExperienceEntry[] {
  return parseExperienceSection(lines, options).experience;
}

/** Positions, and the lines of projects listed among them (for the projects parser). */
export function parseExperienceSection(
  lines: readonly Line[],
  options: ExperienceOptions = {},
): {
  experience: ExperienceEntry[];
  projectLines: Line[];
} {
  // A listless source with bullet glyphs typed into the text still has its bullets.
  const isListless = options.hasListInfo === false && !lines.some(isBulletLine);
  const grouped = groupEntries(toEntryLines(lines)).filter((g) => g.header.length > 0);
  const groups = isListless ? grouped.map(capListlessHeader) : grouped;
  const { positions, projects } = splitProjectGroups(groups);
  const entries: ExperienceEntry[] = [];
  for (const group of positions) {
    const previous = entries[entries.length - 1];
    entries.push(toEntry(group, previous, isListless));
  }
  const projectLines = projects.flatMap((g) => [...g.header, ...g.body].map((l) => l.line));
  return { experience: entries, projectLines };
}

function toEntry(
  group: EntryGroup,
  previous: ExperienceEntry | undefined,
  isListless: boolean,
): ExperienceEntry {
  const { pieces, location, boldIndex } = splitPieces(group.header);
  const { title, organization } = assignRoles(pieces, boldIndex);
  const { bullets, prose } = collectBullets(group.body, { isListless });
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

/**
 * Cue words decide first; then a leading bold run ("**Title** – Company") is the title unless
 * its cues say organisation; then order, title first.
 */
function assignRoles(
  pieces: string[],
  boldIndex: number,
): { title: string | null; organization: string | null } {
  if (pieces.length === 0) return { title: null, organization: null };
  if (pieces.length === 1) return { title: pieces[0] ?? null, organization: null };
  const byTitle = bestBy(pieces, titleScore);
  const byOrg = bestBy(pieces, orgScore);
  const pick = (titleIndex: number, orgIndex: number) => ({
    title: pieces[titleIndex] ?? null,
    organization: pieces[orgIndex] ?? null,
  });
  const other = (index: number): number => (index === 0 ? 1 : 0);
  if (byTitle.score > 0 && byOrg.score > 0 && byTitle.index !== byOrg.index)
    return pick(byTitle.index, byOrg.index);
  if (byTitle.score > 0) return pick(byTitle.index, other(byTitle.index));
  if (byOrg.score > 0) return pick(other(byOrg.index), byOrg.index);
  if (boldIndex >= 0) return pick(boldIndex, other(boldIndex));
  return pick(0, 1);
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
