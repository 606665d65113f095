/**
 * Degree levels named in job descriptions and resumes, ordered so "Bachelor's or higher" can be
 * compared with what a resume shows. Two-letter abbreviations ("BA", "MS") are matched
 * case-sensitively and not after ", " so that "ms" in prose or "Boston, MA" do not count as degrees.
 */
export const EDUCATION_LEVELS = [
  'high-school',
  'associate',
  'bachelor',
  'master',
  'doctorate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

const PATTERNS: Array<{ level: EducationLevel; re: RegExp; abbr?: RegExp }> = [
  {
    level: 'doctorate',
    re: /\b(?:ph\.? ?d|doctorate|doctoral|doktor|promotion|doctorat|doctorado|doutorado)\b|博士|博士号|кандидат наук/iu,
    abbr: /(?<!, )\b(?:DPhil|EdD)\b/u,
  },
  {
    level: 'master',
    re: /\b(?:master'?s?|masters|mba|m\.sc|msc|m\.eng|meng|m\.s\.|m\.a\.|diplom|máster|mestrado|maestría|magister|bac ?\+ ?5)\b|硕士|修士|研究生|магистр/iu,
    abbr: /(?<!, )\b(?:MS|MA|MSN|MPH)\b/u,
  },
  {
    level: 'bachelor',
    re: /\b(?:bachelor'?s?|undergraduate degree|university degree|college degree|four[- ]year degree|4[- ]year degree|b\.sc|bsc|b\.eng|beng|b\.s\.|b\.a\.|bsn|licence en|licence professionnelle|licenciatura|grado|graduação|bacharelado|hochschulabschluss|studium|bac ?\+ ?[34])\b|本科|学士|大学学历|学士号|бакалавр|высшее/iu,
    abbr: /(?<!, )\b(?:BS|BA|BBA|BE)\b/u,
  },
  {
    level: 'associate',
    re: /\b(?:associate'?s? degree|associate of|ausbildung|bts|dut|técnico superior|tecnólogo)\b|大专|专科|短大|среднее специальное/iu,
  },
  {
    level: 'high-school',
    re: /\b(?:high school|secondary school|ged|abitur|baccalauréat|bachillerato|ensino médio)\b|高中|高校卒/iu,
  },
];

export function levelRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/** Every degree level a text names, lowest first. */
export function findEducationLevels(text: string): EducationLevel[] {
  return PATTERNS.filter(({ re, abbr }) => re.test(text) || abbr?.test(text) === true)
    .map(({ level }) => level)
    .sort((a, b) => levelRank(a) - levelRank(b));
}

/** The highest level a text names, or null. */
export function highestEducationLevel(texts: readonly string[]): EducationLevel | null {
  let best: EducationLevel | null = null;
  for (const text of texts) {
    for (const level of findEducationLevels(text)) {
      if (best === null || levelRank(level) > levelRank(best)) best = level;
    }
  }
  return best;
}
