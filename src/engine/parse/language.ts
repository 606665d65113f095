/**
 * Detects a resume's main language (ISO 639-1) from script shares first, then from the frequency
 * of short function words and common resume words. Resumes are terse (few articles), so the word
 * lists include resume vocabulary; distinctive words are chosen so Spanish/Portuguese and
 * French/Italian do not share them.
 */

const WORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'for',
    'with',
    'on',
    'at',
    'as',
    'by',
    'from',
    'using',
    'experience',
    'education',
    'skills',
    'university',
    'present',
    'developed',
    'led',
    'managed',
    'built',
    'team',
    'projects',
    'work',
  ],
  de: [
    'und',
    'der',
    'die',
    'das',
    'mit',
    'für',
    'von',
    'im',
    'bei',
    'zu',
    'ein',
    'eine',
    'sowie',
    'auf',
    'seit',
    'heute',
    'berufserfahrung',
    'ausbildung',
    'kenntnisse',
    'studium',
    'universität',
    'entwicklung',
    'daten',
    'sprachen',
  ],
  fr: [
    'et',
    'le',
    'les',
    'des',
    'du',
    'pour',
    'avec',
    'dans',
    'une',
    'au',
    'aux',
    'sur',
    'expérience',
    'formation',
    'compétences',
    'langues',
    'depuis',
    'développement',
    'gestion',
    'université',
  ],
  es: [
    'y',
    'el',
    'los',
    'las',
    'del',
    'con',
    'para',
    'por',
    'una',
    'experiencia',
    'formación',
    'educación',
    'habilidades',
    'idiomas',
    'desarrollo',
    'actualidad',
    'universidad',
    'gestión',
    'desde',
  ],
  pt: [
    'e',
    'os',
    'do',
    'da',
    'dos',
    'das',
    'em',
    'com',
    'uma',
    'no',
    'na',
    'experiência',
    'formação',
    'educação',
    'habilidades',
    'idiomas',
    'desenvolvimento',
    'atual',
    'universidade',
    'gestão',
  ],
  it: [
    'il',
    'gli',
    'della',
    'delle',
    'degli',
    'con',
    'per',
    'una',
    'esperienza',
    'istruzione',
    'competenze',
    'lingue',
    'sviluppo',
    'università',
    'presso',
  ],
  nl: [
    'en',
    'het',
    'van',
    'een',
    'voor',
    'met',
    'bij',
    'werkervaring',
    'opleiding',
    'vaardigheden',
    'talen',
    'heden',
    'ontwikkeling',
  ],
};

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(WORDS)) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), lang]);
}

/** Enough text to decide; longer resumes do not change the answer and cost time. */
const MAX_CHARS = 20_000;

export function detectLanguage(text: string): string {
  const sample = text.slice(0, MAX_CHARS);
  const byScript = detectByScript(sample);
  if (byScript) return byScript;
  const counts = new Map<string, number>();
  let total = 0;
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    total += 1;
    for (const lang of LOOKUP.get(word) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best = 'und';
  let bestCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  // A couple of hits in a long text is noise (names, product words), not a language.
  return bestCount >= 3 && bestCount >= total * 0.02 ? best : 'und';
}

function detectByScript(text: string): string | null {
  let latin = 0;
  let han = 0;
  let kana = 0;
  let cyrillic = 0;
  let hangul = 0;
  // Code units, not code points: every range counted lies below the surrogates.
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0xc0 && code <= 0x24f)
    )
      latin += 1;
    else if (code >= 0x3040 && code <= 0x30ff) kana += 1;
    else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) han += 1;
    else if (code >= 0x400 && code <= 0x4ff) cyrillic += 1;
    else if (code >= 0xac00 && code <= 0xd7af) hangul += 1;
  }
  // CJK characters carry about a word each, so they weigh more than Latin letters.
  const cjk = (han + kana) * 3;
  if (kana >= 10 && kana * 10 >= han) return 'ja';
  if (cjk > latin && han > 0) return kana > 0 && kana * 10 >= han ? 'ja' : 'zh';
  if (hangul * 3 > latin) return 'ko';
  if (cyrillic > latin) return 'ru';
  return null;
}
