/**
 * Decides which lines are section headings, from the dictionary and from typography together.
 * A dictionary phrase alone on a line is strong evidence; the style those headings share (size,
 * weight, caps, DOCX/Markdown level) then confirms looser matches ("Work Experience &
 * Internships") and unknown headings ("A DAY OF MY LIFE") — but only when that style is
 * distinctive, so bold job titles and company names in body size never become headings.
 */
import type { Line } from '../model/layout.js';
import type { SectionKind } from '../model/resume.js';
import { KIND_CUES } from './heading-cues.js';
import { matchHeading, normalizeHeading } from './heading-match.js';
import { cleanText, hasBulletGlyph, isAllCaps, wordCount } from './text.js';

export interface DetectedHeading {
  line: Line;
  kind: SectionKind;
  text: string;
}

interface Candidate {
  line: Line;
  text: string;
  style: string;
  prominence: number;
  sizeRatio: number;
  kind: SectionKind | null;
  exact: boolean;
}

/** Lines with a year, an e-mail, a URL or sentence punctuation are entries, not headings. */
const NOT_HEADING_RE = /@|https?:|www\.|\b(?:19|20)\d{2}\b|[.;!?]$|,.*,/u;

export function detectHeadings(
  lines: readonly Line[],
  bodyFontSize: number | undefined,
): DetectedHeading[] {
  const body = bodyFontSize ?? medianFontSize(lines);
  const candidates: Candidate[] = [];
  for (const line of lines) {
    const candidate = toCandidate(line, body);
    if (candidate) candidates.push(candidate);
  }
  const exact = candidates.filter((c) => c.exact);
  const mainStyle = majorityStyle(exact.length > 0 ? exact : candidates.filter((c) => c.kind));
  const accepted = candidates.filter((c) => isAcceptedMatch(c, mainStyle));
  const headingStyles = new Set(accepted.map((c) => c.style));
  const typographic = findTypographicHeadings(candidates, accepted, headingStyles, lines);
  return [...accepted, ...typographic]
    .sort((a, b) => a.line.index - b.line.index)
    .map((c) => ({ line: c.line, kind: c.kind ?? cueKind(c.text), text: c.text }));
}

function toCandidate(line: Line, body: number): Candidate | null {
  // `line.bullet` is not trusted alone: layout also flags lines led by an icon glyph
  // (" Education"); only a visible bullet character or a list item rules a heading out.
  if (line.zone !== 'body' || line.repeated || (line.listItem && !line.headingLevel)) return null;
  const text = cleanText(line.text).replace(/\s*:$/, '');
  if (!text || text.length > 60 || hasBulletGlyph(line.text) || NOT_HEADING_RE.test(text))
    return null;
  const words = wordCount(text);
  if (words === 0 || words > 6) return null;
  const sizeRatio = line.fontSize && body ? line.fontSize / body : 1;
  const caps = isAllCaps(text);
  const level = line.headingLevel ?? 0;
  const prominence =
    (level > 0 ? 3 : 0) + (sizeRatio >= 1.1 ? 2 : 0) + (caps ? 1 : 0) + (line.bold ? 1 : 0);
  const size = line.fontSize ? Math.round(line.fontSize * 2) / 2 : 0;
  const style = `${size}|${line.bold}|${caps}|${level}`;
  const match = matchHeading(text);
  return {
    line,
    text,
    style,
    prominence,
    sizeRatio,
    kind: match?.kind ?? null,
    exact: match?.exact ?? false,
  };
}

function isAcceptedMatch(
  c: Candidate,
  main: { style: string; prominence: number } | null,
): boolean {
  if (!c.kind) return false;
  if (!main) return c.exact || c.prominence > 0;
  // Plain-text resumes have no typography: a loose match must then be short to count.
  if (c.style === main.style) return c.exact || c.prominence > 0 || wordCount(c.text) <= 3;
  // A sub-label ("Languages" in bold body text inside Skills) is weaker than the real headings;
  // a dictionary heading set clearly above body size ("Community" at 12pt in 9pt text) is not.
  if (c.exact) return c.prominence >= main.prominence || c.prominence >= 3 || c.sizeRatio >= 1.25;
  return c.prominence > 0 && c.prominence >= main.prominence;
}

function majorityStyle(candidates: Candidate[]): { style: string; prominence: number } | null {
  const counts = new Map<string, { count: number; prominence: number }>();
  for (const c of candidates) {
    const entry = counts.get(c.style) ?? { count: 0, prominence: c.prominence };
    entry.count += 1;
    counts.set(c.style, entry);
  }
  let best: { style: string; prominence: number; count: number } | null = null;
  for (const [style, { count, prominence }] of counts) {
    if (!best || count > best.count || (count === best.count && prominence > best.prominence)) {
      best = { style, prominence, count };
    }
  }
  return best;
}

/** Unknown heading text counts only in a style that is distinctive and used by real headings. */
function findTypographicHeadings(
  candidates: Candidate[],
  accepted: Candidate[],
  headingStyles: Set<string>,
  lines: readonly Line[],
): Candidate[] {
  if (accepted.length < 2) return [];
  const acceptedLines = new Set(accepted.map((c) => c.line.index));
  const firstLine = lines.find((l) => l.zone === 'body' && l.text.trim());
  const pool = candidates.filter(
    (c) =>
      !acceptedLines.has(c.line.index) &&
      headingStyles.has(c.style) &&
      c.line !== firstLine &&
      !/\d/.test(c.text) &&
      wordCount(c.text) <= 5 &&
      (c.prominence >= 2 || (c.prominence >= 1 && isAllCaps(c.text))),
  );
  // When the style is common, it is an entry style (bold titles), not a heading style.
  return pool.length <= accepted.length + 2 ? pool : [];
}

function cueKind(text: string): SectionKind {
  const folded = normalizeHeading(text);
  for (const [re, kind] of KIND_CUES) if (re.test(folded)) return kind;
  return 'other';
}

function medianFontSize(lines: readonly Line[]): number {
  const sizes = lines.map((l) => l.fontSize).filter((s): s is number => s !== undefined);
  if (sizes.length === 0) return 0;
  sizes.sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}
