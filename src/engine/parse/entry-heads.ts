/**
 * Entry headers that the date-anchored grouping cannot see alone.
 *
 * Undated entry headers inside a dated section. A position printed without dates (a bold
 * "Initech" then "Analyst" then bullets) is its own entry, not the previous entry's text, when
 * it is headed the way the section's dated entries are: its first line is set in the style of
 * their first header lines, and that style stands out from the bullets it heads.
 */
import type { EntryGroup, EntryLine } from './entry-groups.js';
import { splitPieces } from './entry-pieces.js';
import { sameStyle } from './line-roles.js';

export function isUndatedHead(
  pending: readonly EntryLine[],
  next: EntryLine,
  groups: readonly EntryGroup[],
): boolean {
  const head = pending[0];
  if (!head || !next.bullet || sameStyle(head.line, next.line)) return false;
  if (!head.line.bold && head.line.fontSize === undefined) return false;
  return groups.some((g) => g.anchor && g.header[0] && sameStyle(g.header[0].line, head.line));
}

/**
 * Without list information (legacy DOC) short body lines look like header lines. A header holds
 * at most a title and an organisation (and a location): once the anchor and two pieces are
 * read, the remaining header lines are the entry's body.
 */
export function capListlessHeader(group: EntryGroup): EntryGroup {
  if (!group.anchor) return group;
  const anchorAt = group.header.indexOf(group.anchor);
  for (let i = anchorAt + 1; i < group.header.length; i += 1) {
    if (splitPieces(group.header.slice(0, i)).pieces.length < 2) continue;
    const extra = group.header.slice(i);
    return { ...group, header: group.header.slice(0, i), body: [...extra, ...group.body] };
  }
  return group;
}
