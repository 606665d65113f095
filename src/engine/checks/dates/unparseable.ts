/**
 * Date-like text in entry headers that the date grammar cannot read: two-digit numeric years
 * ("03/19 – 05/21"), month ranges without a year ("June – August"), placeholder years ("20XX").
 * If our grammar, which reads eight languages, cannot read them, an ATS parser will not either.
 */
import { MONTHS } from '../../parse/date-words.js';
import { findDates, type DateMatch } from '../../parse/dates.js';
import { foldText } from '../../parse/text.js';
import { evidenceOf } from '../line-evidence.js';
import type { Check, FindingDraft } from '../types.js';
import { datedEntries } from './dated-entries.js';
import { DATE_LANGUAGES } from './languages.js';

const SEP = '\\s*(?:[-–—]|to)\\s*';
const SHORT_NUMERIC = '(?:0?[1-9]|1[0-2])/\\d{2}';
const LEFTOVER_RES: RegExp[] = [
  // "03/19 – 05/21", "09/18 - present": numeric month/year with a two-digit year, in a range.
  new RegExp(`(?<![\\d/.])${SHORT_NUMERIC}${SEP}(?:${SHORT_NUMERIC}|\\p{L}+)(?![\\d/])`, 'u'),
  new RegExp(`(?<![\\d/.])(?:\\p{L}+|${SHORT_NUMERIC})${SEP}${SHORT_NUMERIC}(?![\\d/])`, 'u'),
  // "'19 – '21" with no month names.
  new RegExp(`['’]\\d{2}${SEP}(?:['’]\\d{2}|\\p{L}+)`, 'u'),
];
/** "20XX", "19xx": template placeholders, which the grammar would half-read as "20". */
const PLACEHOLDER_RE = /(?<![\p{L}\d])(?:19|20)[xX?]{2}(?![\p{L}\d])/u;
const MONTH_RANGE_RE = /(\p{L}{3,10})\.?\s*[-–—]\s*(\p{L}{3,10})\.?(?!\s*,?\s*['’\d])/u;
/**
 * Characters each pattern above needs, tested first with plain patterns: most header lines
 * (titles, employers) have none of them, and the Unicode-aware patterns try every letter.
 */
const PLACEHOLDER_HINT_RE = /(?:19|20)[xX?]{2}/;
const LEFTOVER_HINT_RE = /\/|['’]\d{2}/;
const DASH_RE = /[-–—]/;

export const unparseableDates: Check = {
  id: 'dates.unparseable',
  category: 'dates',
  severity: 'warning',
  weight: 8,
  appliesTo: { languages: DATE_LANGUAGES },
  codes: ['dates.unparseable'],
  run(context) {
    const findings: FindingDraft[] = [];
    const seen = new Set<number>();
    for (const entry of datedEntries(context)) {
      for (const line of entry.header) {
        if (seen.has(line.index)) continue;
        seen.add(line.index);
        const text = findUnreadable(line.text, entry.headerDates.get(line.index));
        if (text)
          findings.push({
            code: 'dates.unparseable',
            params: { text },
            evidence: [evidenceOf(line)],
          });
      }
    }
    return findings;
  },
};

/** The first date-like piece left once every date the grammar reads is blanked out. */
export function findUnreadable(
  text: string,
  dates: readonly DateMatch[] = findDates(text),
): string | null {
  const placeholder = PLACEHOLDER_HINT_RE.test(text) ? PLACEHOLDER_RE.exec(text) : null;
  if (placeholder) return placeholder[0];
  let rest = text;
  for (const match of dates) {
    rest = rest.slice(0, match.index) + ' '.repeat(match.end - match.index) + rest.slice(match.end);
  }
  for (const re of LEFTOVER_HINT_RE.test(rest) ? LEFTOVER_RES : []) {
    const found = re.exec(rest);
    if (found) return found[0].trim();
  }
  const months = DASH_RE.test(rest) ? MONTH_RANGE_RE.exec(rest) : null;
  const isMonth = (word: string | undefined): boolean => MONTHS.has(foldText(word ?? ''));
  if (months && isMonth(months[1]) && isMonth(months[2])) return months[0].trim();
  return null;
}
