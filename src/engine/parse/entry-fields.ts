/**
 * Scores what an entry header piece is from cue words in the resume languages: "Engineer",
 * "Praktikant", "工程师" for titles; "Inc.", "GmbH", "University", "株式会社" for organisations;
 * "City, ST" shapes for locations.
 */

export const TITLE_RE = new RegExp(
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
    'cheffe',
    'directrice',
    'gérant',
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
  /工程师|实习|经理|总监|研究员|开发(?:者|人员)|设计师|主管|助理|エンジニア|マネージャー|開発者|インターン|担当/u;

/** Company forms and organisation words in the resume languages. */
const ORG_WORDS = [
  'inc',
  'llc',
  'llp',
  'ltd',
  'limited',
  'gmbh',
  'ag',
  'kg',
  'se',
  'sa',
  's\\.a',
  's\\.l',
  's\\.r\\.l',
  's\\.p\\.a',
  'sas',
  'sarl',
  'sàrl',
  'srl',
  'spa',
  'ltda',
  'bv',
  'nv',
  'plc',
  'pty',
  'corp',
  'corporation',
  'co',
  'company',
  'group',
  'gruppe',
  'groupe',
  'grupo',
  'bank',
  'banco',
  'banque',
  'labs?',
  'laborator(?:y|ies)',
  'institute',
  'institut',
  'university',
  'universität',
  'universitat',
  'université',
  'universidad',
  'universidade',
  'università',
  'college',
  'school',
  'hochschule',
  'école',
  'ecole',
  'academy',
  'agency',
  'studio',
  'technologies',
  'solutions',
  'systems',
  'software',
  'consulting',
  'partners',
  'foundation',
  'council',
  'ministry',
  'hospital',
  'hôpital',
  'krankenhaus',
  'klinikum',
  'clinic',
  'center',
  'centre',
  'firma',
  'unternehmen',
  'société',
  'empresa',
  'compagnie',
];
/** Letters, digits and hyphens around the cue: "Co" in "Co-Founder" is no company. */
const ORG_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${ORG_WORDS.join('|')})(?![\\p{L}\\p{N}-])\\.?`,
  'iu',
);
const ORG_SUFFIX_RE =
  /^(?:inc|llc|ltd|co|corp|gmbh|ag|kg|s\.?a|s\.?l|sas|sarl|srl|spa|ltda|plc|pty|bv|nv)\.?(?=\s|$)/iu;
const ORG_CJK_RE =
  /公司|集团|大学|学院|研究所|研究院|银行|株式会社|有限会社|合同会社|有限公司|ООО|ОАО|ЗАО|ПАО|АО|ИП|НКО|банк|университет|институт/u;

const WORD = "\\p{Lu}[\\p{L}.'’-]*";
const PLACE = `${WORD}(?: ${WORD})*`;
// No "i" flag: it would let \p{Lu} match lower case and turn any "x, y" into a place.
const LOCATION_RE = new RegExp(`^${PLACE},\\s?(?:[A-Z]{2}|${PLACE})(?:,\\s?${PLACE})?$`, 'u');
const REMOTE_RE =
  /^(?:remote|hybrid|on-?site|homeoffice|home office|télétravail|remoto|удаленно|удалённо)$/iu;

/** "Ltd. Seoul" after "Omnious. Co.,": a company form that continues the name before it. */
export function isOrgSuffix(text: string): boolean {
  return ORG_SUFFIX_RE.test(text);
}

const PLACE_NAME_RE = new RegExp(`^${WORD}(?: (?:${WORD}|am|an|de|del|do|da|sur|upon|on))*$`, 'u');

/** "Lyon", "Frankfurt am Main": a bare place name, as the tail of "Org, City". */
export function isPlaceName(text: string): boolean {
  return (
    text.length <= 30 && PLACE_NAME_RE.test(text) && orgScore(text) <= 0 && !TITLE_RE.test(text)
  );
}

export function isLocation(text: string): boolean {
  if (REMOTE_RE.test(text)) return true;
  return text.length <= 50 && LOCATION_RE.test(text) && orgScore(text) <= 0 && !TITLE_RE.test(text);
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
