/**
 * Numeric facts in a text, normalised so that the same fact written differently compares equal:
 * "1,000" = "1000" = "1k"; "35%" = "35 percent"; "$1.2M" = "$1,200,000"; "two" = "2";
 * "doubled" = "2x". Years (1950–2049 standing alone) are dates, not amounts. Digits inside words
 * ("k8s", "EC2", "Q3") are names, not numbers.
 */

export interface NumericFact {
  /** "%:35", "$:1200000", "x:2", ":1000" (plain) or "year:2021". */
  key: string;
  kind: 'number' | 'date';
  surface: string;
}

const NUMBER_RE =
  /(?<![\p{L}\p{N}.,])([$€£¥]\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(k|m|mm|bn|b|thousand|million|billion)(?![\p{L}]))?(?:\s?(%|percent\b|per\s+cent\b|pct\b)|(x)(?![\p{L}]))?(?![\p{L}\p{N}])/giu;

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

// "one" is left out: "one of the first" is rarely a count, and flagging it would reject good rewrites.
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  two: ':2',
  three: ':3',
  four: ':4',
  five: ':5',
  six: ':6',
  seven: ':7',
  eight: ':8',
  nine: ':9',
  ten: ':10',
  eleven: ':11',
  twelve: ':12',
  dozen: ':12',
  fifteen: ':15',
  twenty: ':20',
  thirty: ':30',
  fifty: ':50',
  hundred: ':100',
  double: 'x:2',
  doubled: 'x:2',
  doubling: 'x:2',
  twice: 'x:2',
  triple: 'x:3',
  tripled: 'x:3',
  tripling: 'x:3',
  quadrupled: 'x:4',
  halved: 'x:0.5',
};
const NUMBER_WORD_RE = new RegExp(`\\b(?:${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'gi');

const MONTH_RE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?=\d)/g;

function isYear(digits: string, hasUnit: boolean): boolean {
  if (hasUnit || !/^\d{4}$/.test(digits)) return false;
  const year = Number(digits);
  return year >= 1950 && year <= 2049;
}

function canonical(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

export function extractNumericFacts(text: string): NumericFact[] {
  const facts: NumericFact[] = [];
  // "March 2021" is a date however it is written; the month itself is not an amount.
  const flat = text.replace(MONTH_RE, '');
  for (const match of flat.matchAll(NUMBER_RE)) {
    const [surface, currency, digits = '', scale, percent, times] = match;
    const hasUnit = Boolean(currency || scale || percent || times);
    if (isYear(digits, hasUnit)) {
      facts.push({ key: `year:${digits}`, kind: 'date', surface: surface.trim() });
      continue;
    }
    const value =
      Number(digits.replace(/,/g, '')) * (scale ? (MULTIPLIERS[scale.toLowerCase()] ?? 1) : 1);
    const unit = percent ? '%' : currency ? '$' : times ? 'x' : '';
    facts.push({ key: `${unit}:${canonical(value)}`, kind: 'number', surface: surface.trim() });
  }
  for (const match of text.matchAll(NUMBER_WORD_RE)) {
    const key = NUMBER_WORDS[match[0].toLowerCase()];
    if (key) facts.push({ key, kind: 'number', surface: match[0] });
  }
  return facts;
}

/** True when `key` is backed by the source; a bare number may drop the source's %, $ or x. */
export function isBackedNumber(key: string, sourceKeys: ReadonlySet<string>): boolean {
  if (sourceKeys.has(key)) return true;
  if (!key.startsWith(':')) return false;
  const value = key.slice(1);
  return ['%', '$', 'x'].some((unit) => sourceKeys.has(`${unit}:${value}`));
}
