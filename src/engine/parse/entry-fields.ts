/**
 * Splits entry header lines into pieces (title, organisation, location) and scores what each
 * piece is from cue words in the resume languages: "Engineer", "Praktikant", "工程师" for titles;
 * "Inc.", "GmbH", "University", "株式会社" for organisations.
 */
import type { EntryLine } from './entry-groups.js';
import { splitFields } from './text.js';

const TITLE_RE = new RegExp(
  [
    'engineer',
    'developer',
    'manager',
    'intern',
    'analyst',
    'consultant',
    'director',
    'designer',
    'scientist',
    'researcher',
    'assistant',
    'lead',
    'head',
    'officer',
    'specialist',
    'architect',
    'administrator',
    'coordinator',
    'associate',
    'president',
    'founder',
    'co-founder',
    'ceo',
    'cto',
    'cfo',
    'vp',
    'programmer',
    'technician',
    'teacher',
    'tutor',
    'professor',
    'lecturer',
    'fellow',
    'postdoc',
    'student',
    'trainee',
    'apprentice',
    'representative',
    'executive',
    'owner',
    'partner',
    'advisor',
    'editor',
    'writer',
    'nurse',
    'accountant',
    'owner',
    'sre',
    'devops',
    'werkstudent',
    'praktikant',
    'entwickler',
    'ingenieur',
    'leiter',
    'berater',
    'mitarbeiter',
    'referent',
    'sachbearbeiter',
    'geschäftsführer',
    'stagiaire',
    'ingénieur',
    'développeur',
    'chef',
    'responsable',
    'chargé',
    'alternant',
    'desarrollador',
    'ingeniero',
    'analista',
    'gerente',
    'consultor',
    'becario',
    'practicante',
    'jefe',
    'estagiário',
    'desenvolvedor',
    'engenheiro',
    'coordenador',
    'разработчик',
    'инженер',
    'менеджер',
    'руководитель',
    'аналитик',
    'стажер',
    'директор',
    'программист',
    'specialista',
    'sviluppatore',
  ]
    .join('|')
    .replace(/^/, '(?<!\\p{L})(?:')
    .concat(')(?:s|in|innen|e)?(?!\\p{L})'),
  'iu',
);
const TITLE_CJK_RE =
  /工程师|实习|经理|总监|研究员|开发|设计师|主管|助理|エンジニア|マネージャー|開発|インターン|担当/u;

const ORG_RE =
  /\b(?:inc|llc|ltd|gmbh|ag|se|sa|sas|sarl|srl|spa|bv|nv|plc|corp|corporation|co|company|group|bank|labs?|laborator(?:y|ies)|institute|institut|university|universit(?:ä|a|é)t?|universidad|universidade|università|college|school|hochschule|école|ecole|academy|agency|studio|technologies|solutions|systems|software|consulting|partners|foundation|council|ministry|hospital|clinic|center|centre)\b\.?/iu;
const ORG_CJK_RE =
  /公司|集团|大学|学院|研究所|研究院|银行|株式会社|有限会社|ООО|ОАО|ЗАО|ПАО|АО|университет|институт/u;

const WORD = "\\p{Lu}[\\p{L}.'’-]*";
const PLACE = `${WORD}(?: ${WORD})*`;
// No "i" flag: it would let \p{Lu} match lower case and turn any "x, y" into a place.
const LOCATION_RE = new RegExp(`^${PLACE},\\s?(?:[A-Z]{2}|${PLACE})(?:,\\s?${PLACE})?$`, 'u');
const REMOTE_RE =
  /^(?:remote|hybrid|on-?site|homeoffice|home office|télétravail|remoto|удаленно|удалённо)$/iu;

export interface EntryPieces {
  pieces: string[];
  location: string | null;
}

/** Header texts split into pieces, with a location piece (or trailing location) set aside. */
export function splitPieces(header: readonly EntryLine[]): EntryPieces {
  const pieces: string[] = [];
  let location: string | null = null;
  for (const el of header) {
    for (const field of splitFields(el.rest)) {
      for (const part of splitAt(field.replace(/\s+/g, ' '))) {
        if (!location && isLocation(part)) location = part;
        else if (part.length > 0) pieces.push(part);
      }
    }
  }
  return { pieces, location };
}

/** "Engineer at Google", "Engineer @ Google", "Google, Berlin, Germany" → pieces. */
function splitAt(field: string): string[] {
  const at = /\s(?:at|@|bei|chez|en|na|в)\s/iu.exec(field);
  if (at && TITLE_RE.test(field.slice(0, at.index))) {
    return [field.slice(0, at.index).trim(), field.slice(at.index + at[0].length).trim()];
  }
  const comma = field.indexOf(', ');
  if (comma > 0) {
    const tail = field.slice(comma + 2);
    if (isLocation(tail)) return [field.slice(0, comma).trim(), tail.trim()];
    const head = field.slice(0, comma);
    if (!tail.includes(',') && (TITLE_RE.test(head) || ORG_RE.test(tail)))
      return [head.trim(), tail.trim()];
  }
  return [field];
}

export function isLocation(text: string): boolean {
  if (REMOTE_RE.test(text)) return true;
  return text.length <= 50 && LOCATION_RE.test(text) && !ORG_RE.test(text) && !TITLE_RE.test(text);
}

export function titleScore(text: string): number {
  return (
    (TITLE_RE.test(text) ? 2 : 0) + (TITLE_CJK_RE.test(text) ? 2 : 0) - (ORG_RE.test(text) ? 1 : 0)
  );
}

export function orgScore(text: string): number {
  return (
    (ORG_RE.test(text) ? 2 : 0) + (ORG_CJK_RE.test(text) ? 2 : 0) - (TITLE_RE.test(text) ? 1 : 0)
  );
}
