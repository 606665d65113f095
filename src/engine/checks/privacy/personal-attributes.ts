/**
 * Nationality, religion, gender and similar attributes are protected characteristics in most
 * anti-discrimination law and irrelevant to the job. A tip, since some forms (Chinese 民族 and
 * 政治面貌, visa-dependent roles) ask for them; work authorisation is the fact worth stating.
 */
import type { Check } from '../types.js';
import { findInLines, matchEvidence } from './support/lines.js';

const LABELS =
  'nationality|citizenship|religion|gender|sex|ethnicity|staatsangehörig(?:keit)?|nationalität|konfession|religionszugehörigkeit|geschlecht|nationalité|sexe|nacionalidad|religión|sexo|género|nacionalidade|religião|gênero|nazionalità|nationaliteit|国籍|民族|宗教|性别|性別|政治面貌|гражданство|национальность|вероисповедание|пол';
// A label followed by a colon and a value; a bare word like "Gender" in a research title is not.
const COLON_RE = new RegExp(`(${LABELS})\\s*[:：]\\s*\\S`, 'giu');
// A label alone on its line with the value on the next: a two-column "Personal data" table.
const TABLE_RE = new RegExp(`^(${LABELS})[ \\t]*\\n\\S`, 'gimu');
const MAX_EVIDENCE = 5;

// Labels in eight languages, reported under one English name each.
const KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/relig|konfession|宗教|вероиспов/iu, 'religion'],
  [/gender|sex|geschlecht|g[éê]nero|性别|性別|пол/iu, 'gender'],
  [/ethnic|民族/iu, 'ethnicity'],
  [/政治面貌/u, 'political affiliation'],
];

function attributeKind(label: string): string {
  return KINDS.find(([re]) => re.test(label))?.[1] ?? 'nationality';
}

export const personalAttributes: Check = {
  id: 'privacy.personal-attributes',
  category: 'privacy',
  severity: 'tip',
  appliesTo: {},
  codes: ['privacy.personal-attributes'],
  run(context) {
    const { lines } = context.layout;
    const found = [
      ...findInLines(lines, COLON_RE, MAX_EVIDENCE),
      ...findInLines(lines, TABLE_RE, MAX_EVIDENCE),
    ];
    if (found.length === 0) return [];
    const attributes = [...new Set(found.map((f) => attributeKind(f.match[1] ?? '')))];
    return [
      {
        code: 'privacy.personal-attributes',
        params: { attributes },
        evidence: found.slice(0, MAX_EVIDENCE).map((f) => matchEvidence(f, f.line.text)),
      },
    ];
  },
};
