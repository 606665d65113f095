/**
 * Education entries: institution, degree, field, dates, grade. Entries are anchored by dates
 * like positions; a section without dates is split at institution lines ("University",
 * "Hochschule", "大学"), since degrees there rarely come with bullets to separate them.
 */
import { collapseWhitespace } from '../layout/whitespace.js';
import type { Line } from '../model/layout.js';
import type { EducationEntry } from '../model/resume.js';
import { formatDate } from './dates.js';
import { orgScore } from './entry-fields.js';
import { splitPieces } from './entry-pieces.js';
import { groupEntries, toEntryLines, type EntryGroup, type EntryLine } from './entry-groups.js';

const DEGREE_RE =
  /(?<!\p{L})(?:bachelor|master|mba|phd|ph\.d|doctor(?:ate)?|doktor|dr\.|b\.?\s?sc?|m\.?\s?sc?|b\.?a|m\.?a|b\.?eng|m\.?eng|b\.?tech|m\.?tech|bs|ms|meng|beng|msc|bsc|llb|llm|md|associate|diploma|diplom|abitur|staatsexamen|licence|licenciatura|licenciado|grado|máster|maestría|mestrado|doutorado|bacharelado|ingeniería|ingénieur|dut|bts|bac|magister|a-levels?|gcse|high school|secondary|学士|硕士|博士|本科|研究生|大专|学士号|修士|бакалавр|магистр|специалист|аспирантура|кандидат)(?!\p{L})/iu;
const INSTITUTION_RE =
  /universit|college|school|institut|hochschule|akademie|academy|école|ecole|escuela|facultad|faculdade|gymnasium|lycée|liceo|polytechn|大学|学院|学校|高校|университет|институт|академия|колледж/iu;
const GRADE_RE =
  /(?:gpa|cgpa|grade|note|nota|mention|moyenne|durchschnitt|abschlussnote|средний балл|绩点|成绩)\s*[:：]?\s*[\d.,/ ]*\d(?:\s*\/\s*\d+(?:[.,]\d+)?)?|\b(?:first class|2:1|2:2|summa cum laude|magna cum laude|cum laude|with distinction|with honou?rs|mention (?:très bien|bien|assez bien))\b/iu;
/** "of" and "de" stay inside degree names ("Bachelor of Science"); "in", "en", "em" start the field. */
const FIELD_SPLIT_RE = /\s(?:in|en|em|im fach|in the field of)\s/iu;

export function parseEducation(lines: readonly Line[]): EducationEntry[] {
  const entryLines = toEntryLines(lines);
  const hasDates = entryLines.some((l) => l.date && l.isHeader);
  const groups = hasDates ? groupEntries(entryLines) : splitAtInstitutions(entryLines);
  return groups.filter((g) => g.header.length > 0).map(toEntry);
}

function splitAtInstitutions(lines: readonly EntryLine[]): EntryGroup[] {
  const groups: EntryGroup[] = [];
  let current: EntryGroup | null = null;
  let sawInstitution = false;
  for (const el of lines) {
    const isInstitution = el.isHeader && INSTITUTION_RE.test(el.rest);
    const startsNew =
      !current || (isInstitution && sawInstitution) || (el.isHeader && current.body.length > 0);
    if (startsNew) {
      groups.push((current = { header: [], anchor: null, body: [] }));
      sawInstitution = false;
    }
    const group = current as EntryGroup;
    if (el.isHeader && group.body.length === 0) group.header.push(el);
    else group.body.push(el);
    sawInstitution ||= isInstitution;
  }
  return groups;
}

function toEntry(group: EntryGroup): EducationEntry {
  const split = splitPieces(group.header);
  const location = split.location;
  // "МГУ, магистр", "B.Sc., Informatik": commas separate the degree from its neighbours.
  const pieces = split.pieces.flatMap((p) =>
    DEGREE_RE.test(p) && p.includes(', ') ? p.split(', ') : [p],
  );
  const degreeIndex = pieces.findIndex((p) => DEGREE_RE.test(p));
  // Grade lines ("Major GPA: 3.9 / 4.0", "mention Bien") are grades, never institutions.
  const canBeInstitution = (p: string, i: number): boolean => i !== degreeIndex && !isGrade(p);
  let institutionIndex = pieces.findIndex(
    (p, i) => canBeInstitution(p, i) && INSTITUTION_RE.test(p),
  );
  if (institutionIndex < 0)
    institutionIndex = pieces.findIndex((p, i) => canBeInstitution(p, i) && orgScore(p) > 0);
  if (institutionIndex < 0) institutionIndex = pieces.findIndex(canBeInstitution);
  const degreeText = degreeIndex >= 0 ? (pieces[degreeIndex] ?? null) : null;
  const { degree, field } = splitDegree(degreeText, pieces, degreeIndex, institutionIndex);
  const range = group.anchor?.date;
  const allText = [...group.header, ...group.body].map((l) => l.text);
  const grade = allText.map((t) => GRADE_RE.exec(t)?.[0]?.trim()).find(Boolean) ?? null;
  const details = group.body.map((l) => collapseWhitespace(l.text)).filter((t) => t.length > 0);
  const first = (group.header[0] ?? group.body[0])?.line;
  const last = (group.body[group.body.length - 1] ?? group.header[group.header.length - 1])?.line;
  return {
    institution: institutionIndex >= 0 ? (pieces[institutionIndex] ?? null) : null,
    degree,
    field,
    // A lone date on a degree is when it was (or will be) awarded, not when it started.
    start: range && !range.single ? formatDate(range.range.start) : null,
    end: range?.range.current ? null : formatDate(range?.range.end ?? null),
    grade,
    location,
    ...(details.length > 0 ? { details } : {}),
    ...(first && last ? { source: { page: first.page, lines: [first.index, last.index] } } : {}),
  };
}

/** A piece that is mostly its grade: what is left after the grade has at most one word. */
function isGrade(piece: string): boolean {
  const match = GRADE_RE.exec(piece);
  if (!match) return false;
  const rest = piece.replace(match[0], ' ').match(/\p{L}{2,}/gu) ?? [];
  return rest.length <= 1;
}

function splitDegree(
  degreeText: string | null,
  pieces: string[],
  degreeIndex: number,
  institutionIndex: number,
): { degree: string | null; field: string | null } {
  if (!degreeText) return { degree: null, field: null };
  const split = FIELD_SPLIT_RE.exec(degreeText);
  if (split) {
    return {
      degree: degreeText.slice(0, split.index).trim(),
      field: degreeText.slice(split.index + split[0].length).trim(),
    };
  }
  // "B.Sc., Computer Science": the field is the piece after the degree when it is not the school.
  const next = pieces[degreeIndex + 1];
  const field = next && degreeIndex + 1 !== institutionIndex && !GRADE_RE.test(next) ? next : null;
  return { degree: degreeText.replace(GRADE_RE, '').trim(), field };
}
