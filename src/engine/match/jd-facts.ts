/**
 * Facts a job description states outright: years of experience, degree level and field,
 * seniority, location and remote terms. Patterns per language; the smallest stated minimum wins
 * for years ("3-5 years" → 3), the lowest level named in a required line wins for degrees
 * ("Bachelor's or Master's" → bachelor).
 */
import type { JobDescription } from '../model/match.js';
import { findEducationLevels, levelRank, type EducationLevel } from './education-level.js';
import type { JobPartText } from './jd-sections.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
};
const NUM = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)`;
/** Each pattern captures the minimum in group 1. */
const YEARS_PATTERNS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${NUM}\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs?)['’]?\s+(?:of\s+)?(?:[\w/&,+-]+\s+){0,5}?(?:experience|exp\b|working|in\s+(?:a|an)\s)`,
    'iu',
  ),
  new RegExp(
    String.raw`\b(?:experience|exp\.)\s*[:：]?\s*(?:of\s+)?(?:(?:at least|minimum(?: of)?|min\.?)\s*)?${NUM}\s*\+?\s*(?:years?|yrs?)`,
    'iu',
  ),
  /\b(?:mindestens|min\.?)?\s*(\d{1,2})\s*\+?\s*(?:-\s*\d{1,2}\s*)?jahre?n?\b.{0,40}?(?:erfahrung|berufserfahrung)/iu,
  /(?:erfahrung|berufserfahrung)\s+(?:von\s+)?(?:(?:mindestens|min\.?)\s*)?(\d{1,2})\s*\+?\s*jahre?n?/iu,
  /(\d{1,2})\s*\+?\s*(?:à\s*\d{1,2}\s*)?ans?\s+(?:minimum\s+)?(?:d['’]\s*)?(?:expérience|exp\.)/iu,
  /(\d{1,2})\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:años|anos|año|ano)\s+(?:de\s+)?(?:experiencia|experiência)/iu,
  /(?:experiencia|experiência)\s+(?:mínima\s+)?(?:de\s+)?(?:al menos\s+|pelo menos\s+)?(\d{1,2})\s*(?:años|anos)/iu,
  /(\d{1,2})\s*年以上/u,
  /опыт[^.\n]{0,40}?(?:от\s+)?(\d{1,2})\s*(?:лет|года|год)/iu,
];
const MAX_YEARS = 25;

const SENIORITY: Array<{ level: NonNullable<JobDescription['seniority']>; re: RegExp }> = [
  {
    level: 'intern',
    re: /\b(?:intern|internship|trainee|praktikant\w*|praktikum|stagiaire|stage|becari[oa]|estagiári[oa])\b|实习/iu,
  },
  {
    level: 'executive',
    re: /\b(?:head of|director|vp|vice president|chief|cto|ceo|cfo|coo|cmo|leiter\w*|directeur|directora?)\b|总监/iu,
  },
  { level: 'lead', re: /\b(?:lead|staff|principal|architect|team lead|tech lead)\b/iu },
  { level: 'senior', re: /\b(?:senior|sr\.?|experienced|expert|confirmé|sênior)\b|高级|资深/iu },
  { level: 'junior', re: /\b(?:junior|jr\.?|entry[- ]level|graduate|new grad|débutant)\b|初级/iu },
  { level: 'mid', re: /\b(?:mid[- ]level|intermediate|mid[- ]senior)\b|中级/iu },
];

const REMOTE_RE =
  /\b(?:fully remote|remote[- ]first|100% remote|remote|work from home|wfh|homeoffice|home office|télétravail|teletrabajo|remoto)\b|远程/iu;
const HYBRID_RE = /\b(?:hybrid|hybride|híbrido)\b|混合办公/iu;
const ONSITE_RE =
  /\b(?:on[- ]?site|in[- ]office|office[- ]based|in person|vor ort|présentiel|presencial)\b|现场/iu;
const LOCATION_RE =
  /^(?:location|locations|job location|based in|standort|arbeitsort|einsatzort|lieu|localisation|ubicación|localización|localização|local|工作地点|地点|勤務地|место работы|локация)\s*[:：]\s*(.{2,80})$/imu;
const FIELD_RE =
  /\b(?:degree|bachelor'?s?|master'?s?|ph\.?d|bsc|msc|bs|ms|ba|ma|mba)\b[^.;\n]{0,20}?\b(?:in|of)\s+([A-Z][\w&/, -]{2,60}?)(?=\s+or\s+(?:a\s+)?(?:related|equivalent|similar)|\s*(?:[.;,(\n]|$)|\s+or\s+equivalent)/iu;

export function findYearsRequired(text: string): number | null {
  let best: number | null = null;
  for (const line of text.split('\n')) {
    for (const re of YEARS_PATTERNS) {
      const raw = re.exec(line)?.[1];
      if (!raw) continue;
      const years = NUMBER_WORDS[raw.toLowerCase()] ?? Number(raw);
      // The headline requirement is the largest minimum stated ("5+ years ... 2+ years with Go").
      if (years > 0 && years <= MAX_YEARS && (best === null || years > best)) best = years;
    }
  }
  return best;
}

export function findEducation(parts: readonly JobPartText[]): JobDescription['education'] {
  let required: EducationLevel | null = null;
  let preferred: EducationLevel | null = null;
  let field: string | null = null;
  for (const part of parts) {
    for (const line of part.text.split('\n')) {
      const levels = findEducationLevels(line);
      const lowest = levels[0];
      if (!lowest) continue;
      field ??= FIELD_RE.exec(line)?.[1]?.trim() ?? null;
      const isPreferred =
        part.part === 'preferred' ||
        /\bpreferred|preferably|\ba plus\b|ideally|von vorteil|un plus|deseable/i.test(line);
      if (isPreferred) preferred = lower(preferred, lowest);
      else required = lower(required, lowest);
    }
  }
  const level = required ?? preferred;
  if (level === null) return null;
  return { level, field, required: required !== null };
}

function lower(current: EducationLevel | null, next: EducationLevel): EducationLevel {
  return current === null || levelRank(next) < levelRank(current) ? next : current;
}

export function findSeniority(title: string | null): JobDescription['seniority'] {
  if (!title) return null;
  return SENIORITY.find(({ re }) => re.test(title))?.level ?? null;
}

export function findWorkplace(text: string): Pick<JobDescription, 'location' | 'remote'> {
  const remote = HYBRID_RE.test(text)
    ? 'hybrid'
    : REMOTE_RE.test(text)
      ? 'remote'
      : ONSITE_RE.test(text)
        ? 'onsite'
        : null;
  const location = LOCATION_RE.exec(text)?.[1]?.trim() ?? null;
  return { location, remote };
}
