/**
 * Experience bullets with the document position they came from, so content findings can point at
 * the line a person has to edit. The parser keeps bullets as strings and each entry's line range;
 * we find the line in that range whose text contains the bullet's opening words.
 */
import { collapseWhitespace } from '../../../layout/whitespace.js';
import type { Evidence } from '../../../model/finding.js';
import type { Line } from '../../../model/layout.js';
import type { ExperienceEntry, Resume } from '../../../model/resume.js';
import { keepLettersAndDigits } from '../../../parse/char-scan.js';
import type { CheckContext } from '../../types.js';

export interface LocatedBullet {
  /** The bullet text without its glyph. */
  text: string;
  entry: ExperienceEntry;
  /** Index of the entry in `resume.experience`. */
  entryIndex: number;
  /** The first layout line of the bullet, when it could be found. */
  line?: Line;
  /** How many layout lines the bullet spans (1 when unknown). */
  lineCount: number;
}

const LEADING_NOISE_RE = /^[^\p{L}\p{N}$€£¥(]+/u;
const SNIPPET_MAX = 140;
const bulletCache = new WeakMap<Resume, LocatedBullet[]>();
const normalisedCache = new WeakMap<readonly Line[], string[]>();

/** Drops a leading bullet glyph or icon the parser may have left on the text. */
export function cleanBullet(text: string): string {
  return collapseWhitespace(text.replace(LEADING_NOISE_RE, '')).trim();
}

function normalise(text: string): string {
  return keepLettersAndDigits(text).toLowerCase();
}

/** Normalised text of line `i`, computed lazily: only lines inside experience entries are read. */
function normalisedLine(lines: readonly Line[], i: number): string {
  let cached = normalisedCache.get(lines);
  if (!cached) {
    cached = [];
    normalisedCache.set(lines, cached);
  }
  let value = cached[i];
  if (value === undefined) {
    value = normalise(lines[i]?.text ?? '');
    cached[i] = value;
  }
  return value;
}

function locate(text: string, lines: readonly Line[], from: number, to: number): Line | undefined {
  const key = normalise(text).slice(0, 24);
  if (!key) return undefined;
  for (let i = Math.max(0, from); i <= to && i < lines.length; i++) {
    if (normalisedLine(lines, i).includes(key)) return lines[i];
  }
  return undefined;
}

/** Counts the lines a wrapped bullet occupies by consuming line text until the bullet is used up. */
function countLines(text: string, first: Line, lines: readonly Line[]): number {
  const target = normalise(text).length;
  let consumed = normalisedLine(lines, first.index).length;
  let count = 1;
  for (let i = first.index + 1; consumed < target && i < lines.length && count < 10; i++) {
    const next = lines[i];
    if (!next || next.bullet || next.listItem) break;
    consumed += normalisedLine(lines, i).length;
    count++;
  }
  return count;
}

/** Every experience bullet in reading order, computed once per resume. */
export function experienceBullets(context: CheckContext): LocatedBullet[] {
  const cached = bulletCache.get(context.resume);
  if (cached) return cached;
  const lines = context.layout.lines;
  const result: LocatedBullet[] = [];
  context.resume.experience.forEach((entry, entryIndex) => {
    const [from, to] = entry.source?.lines ?? [0, lines.length - 1];
    // Wrapped bullets can run a few lines past the range the parser recorded.
    let cursor = from;
    for (const raw of entry.bullets) {
      const text = cleanBullet(raw);
      if (!text) continue;
      const line = locate(text, lines, cursor, to + 3) ?? locate(text, lines, from, to + 3);
      if (line) cursor = line.index + 1;
      const lineCount = line ? countLines(text, line, lines) : 1;
      result.push({ text, entry, entryIndex, lineCount, ...(line ? { line } : {}) });
    }
  });
  bulletCache.set(context.resume, result);
  return result;
}

export function snippet(text: string): string {
  return text.length <= SNIPPET_MAX ? text : `${text.slice(0, SNIPPET_MAX - 1).trimEnd()}…`;
}

/** Evidence for a bullet: its first line's position, and the bullet text as the snippet. */
export function bulletEvidence(bullet: LocatedBullet): Evidence {
  const { line } = bullet;
  const page = line?.page ?? bullet.entry.source?.page;
  return {
    ...(page !== undefined ? { page } : {}),
    ...(line ? { line: line.index } : {}),
    ...(line?.box ? { box: line.box } : {}),
    snippet: snippet(bullet.text),
  };
}

/** Evidence for a layout line. */
export function lineEvidence(line: Line, text = line.text): Evidence {
  return {
    page: line.page,
    line: line.index,
    ...(line.box ? { box: line.box } : {}),
    snippet: snippet(text.trim()),
  };
}

/** Up to `max` evidence items, so a finding on a long resume stays readable. */
export const MAX_EVIDENCE = 8;
export const MAX_EXAMPLES = 3;

/** The first line of the summary section, so summary findings can point at it. */
export function summaryEvidence(context: CheckContext, text: string): Evidence {
  const section = context.resume.sections.find((s) => s.kind === 'summary');
  const line = section ? context.layout.lines[section.lines[0]] : undefined;
  return line ? { ...lineEvidence(line), snippet: snippet(text) } : { snippet: snippet(text) };
}

/** Evidence for an experience entry: its first line (usually the title or the organisation). */
export function entryEvidence(context: CheckContext, entry: ExperienceEntry): Evidence {
  const first = entry.source ? context.layout.lines[entry.source.lines[0]] : undefined;
  const label = [entry.title, entry.organization].filter(Boolean).join(', ');
  if (first) return { ...lineEvidence(first), snippet: snippet(label || first.text) };
  return { ...(entry.source ? { page: entry.source.page } : {}), snippet: snippet(label) };
}
