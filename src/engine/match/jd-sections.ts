/**
 * Splits a job description into its title and parts (responsibilities, requirements,
 * nice-to-haves, other). Headings come from jd-headings.ts; single lines can also move between
 * parts through inline cues ("Kubernetes is a plus", "Python (required)").
 */
import type { JobPart } from '../model/match.js';
import { EXACT_ONLY, JD_HEADINGS, normalizeHeading } from './jd-headings.js';

export interface JobPartText {
  part: JobPart;
  heading: string | null;
  text: string;
}

export interface JobSections {
  title: string | null;
  parts: JobPartText[];
  /** Whether any heading was recognised; without one, the whole text is one unlabelled part. */
  hasStructure: boolean;
}

const MAX_HEADING_WORDS = 8;
const MAX_TITLE_WORDS = 12;
const TITLE_LABEL_RE =
  /^(?:job title|title|position|role|job|stellenbezeichnung|stelle|poste|intitulé du poste|puesto|cargo|vaga|职位名称|职位|岗位名称|募集職種|職種|должность|вакансия)\s*[:：]\s*(.+)$/iu;
const PREFERRED_CUE_RE =
  /\b(?:nice[- ]to[- ]have|(?:is|are|would be|as) a (?:big |huge )?plus|a plus\b|bonus|preferred|preferably|ideally|desirable|would be great|advantageous|von vorteil|wünschenswert|un plus|serait un plus|apprécié|deseable|se valorará|valorable|diferencial)|优先|加分|歓迎|будет плюсом|желательно/iu;
const REQUIRED_CUE_RE =
  /\(required\)|\brequired\b|\bmust\b|\bmandatory\b|\bessential\b|zwingend|obligatoire|imprescindible|obligatorio|必须|必須|обязательно/iu;

export function splitJobDescription(text: string): JobSections {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const { title, titleLine } = findTitle(lines);
  const parts: JobPartText[] = [];
  let current: { part: JobPart; heading: string | null } = { part: 'other', heading: null };
  let hasStructure = false;
  for (const [index, line] of lines.entries()) {
    if (index === titleLine) continue;
    const heading = matchHeading(line);
    if (heading) {
      hasStructure = true;
      current = { part: heading.part, heading: heading.heading };
      if (heading.rest) push(parts, current.part, current.heading, heading.rest);
      continue;
    }
    push(parts, cuedPart(line, current), current.heading, line);
  }
  return { title, parts, hasStructure };
}

/** Appends a line, merging it into the previous part when part and heading are the same. */
function push(parts: JobPartText[], part: JobPart, heading: string | null, line: string): void {
  const last = parts[parts.length - 1];
  if (last && last.part === part && last.heading === heading) last.text += `\n${line}`;
  else parts.push({ part, heading, text: line });
}

/** A requirement line that says "is a plus" is a nice-to-have, and the reverse. */
function cuedPart(line: string, current: { part: JobPart; heading: string | null }): JobPart {
  const { part } = current;
  // "Benefits" or "About us" text is not about the candidate, whatever words it uses.
  if (part === 'other' && current.heading !== null) return part;
  const isPreferred = PREFERRED_CUE_RE.test(line);
  const isRequired = REQUIRED_CUE_RE.test(line);
  if (isPreferred && !isRequired && part !== 'preferred') return 'preferred';
  if (isRequired && !isPreferred && part !== 'requirements') return 'requirements';
  return part;
}

interface HeadingMatch {
  part: Exclude<JobPart, 'title'>;
  heading: string;
  /** Content on the same line after a colon ("Requirements: Python, SQL"). */
  rest: string | null;
}

export function matchHeading(line: string): HeadingMatch | null {
  if (/^[-•*·▪◦–]\s/.test(line)) return null;
  const colon = line.search(/[:：]/);
  const head = colon > 0 ? line.slice(0, colon) : line;
  const rest = colon > 0 ? line.slice(colon + 1).trim() : '';
  const normalized = normalizeHeading(head);
  const words = normalized.split(/\s+/).length;
  if (!normalized || words > MAX_HEADING_WORDS) return null;
  // A sentence is not a heading, unless the text after a colon is its content.
  if (/[.!?]$/.test(normalized) && !rest) return null;
  for (const [part, phrases] of Object.entries(JD_HEADINGS) as Array<
    [HeadingMatch['part'], readonly string[]]
  >) {
    for (const phrase of phrases) {
      if (!startsWithPhrase(normalized, phrase)) continue;
      if (EXACT_ONLY.has(phrase) && normalized !== phrase) continue;
      return { part, heading: head.replace(/^[#*_\s]+|[*_\s]+$/g, '').trim(), rest: rest || null };
    }
  }
  return null;
}

function startsWithPhrase(text: string, phrase: string): boolean {
  if (!text.startsWith(phrase)) return false;
  const next = text.charAt(phrase.length);
  // CJK headings have no word boundary; Latin ones must end at one ("plus" is not "plusieurs").
  return next === '' || /[^\p{L}\p{N}]/u.test(next) || /[\u3000-\u9fff]/u.test(phrase);
}

function findTitle(lines: readonly string[]): { title: string | null; titleLine: number } {
  for (const [index, line] of lines.slice(0, 15).entries()) {
    const labelled = TITLE_LABEL_RE.exec(line);
    if (labelled?.[1]) return { title: cleanTitle(labelled[1]), titleLine: index };
  }
  const first = lines.findIndex((line) => !/^(?:about|über|à propos|acerca|sobre)\b/i.test(line));
  const line = lines[first];
  if (line === undefined || matchHeading(line)) return { title: null, titleLine: -1 };
  const title = cleanTitle(line);
  // Judge the cleaned title: "Engineer – Acme Co." ends with a dot, the title does not.
  const words = title.split(/\s+/).length;
  if (words > MAX_TITLE_WORDS || /[.!?]$/.test(title) || /@|https?:\/\//.test(line)) {
    return { title: null, titleLine: -1 };
  }
  return { title, titleLine: first };
}

/** "Senior Backend Engineer (m/w/d) – Acme, Berlin" → "Senior Backend Engineer". */
export function cleanTitle(raw: string): string {
  const withoutMarks = raw.replace(/^[#*_\s]+|[*_\s]+$/g, '').replace(/\([^)]*\)/g, ' ');
  const head = withoutMarks.split(/\s+[-–—|@]\s+|\s+at\s+|,\s/)[0] ?? withoutMarks;
  return head.replace(/\s+/g, ' ').trim();
}
