/**
 * Dates written in more than one format ("Jan 2020" here, "03/2019" there). Each format alone is
 * fine; mixing them looks careless and some ATS read one form and not the other. Year-only dates
 * are a choice of precision, not a format, so "2014 – 2018" next to "Jan 2020" is no finding.
 */
import type { Evidence } from '../../model/finding.js';
import { MONTHS } from '../../parse/date-words.js';
import { foldText } from '../../parse/text.js';
import { evidenceOf } from '../line-evidence.js';
import type { Check } from '../types.js';
import { datedEntries } from './dated-entries.js';

type DateFormat = 'month name' | 'MM/YYYY' | 'YYYY-MM' | 'YYYY年MM月';

const NUMERIC_RES: Array<[RegExp, DateFormat]> = [
  [/年/u, 'YYYY年MM月'],
  [/(?<!\d)\d{1,2}[./-]\d{4}(?!\d)/u, 'MM/YYYY'],
  [/(?<!\d)\d{4}[./-]\d{1,2}(?!\d)/u, 'YYYY-MM'],
];

export const mixedFormats: Check = {
  id: 'dates.mixed-formats',
  category: 'dates',
  severity: 'tip',
  appliesTo: {},
  codes: ['dates.mixed-formats'],
  run(context) {
    const examples = new Map<DateFormat, { raw: string; evidence: Evidence }>();
    for (const entry of datedEntries(context)) {
      // Year-only ranges ("2019–21" included) show no month format to compare.
      const { start, end } = entry.date?.range ?? {};
      if (!entry.date || !entry.dateLine || !(start?.month ?? end?.month)) continue;
      for (const format of formatsOf(entry.date.range.raw)) {
        if (!examples.has(format)) {
          examples.set(format, { raw: entry.date.range.raw, evidence: evidenceOf(entry.dateLine) });
        }
      }
    }
    if (examples.size < 2) return [];
    const found = [...examples.entries()];
    return [
      {
        code: 'dates.mixed-formats',
        params: {
          formats: found.map(([format]) => format),
          examples: found.map(([, example]) => example.raw),
        },
        evidence: found.map(([, example]) => example.evidence),
      },
    ];
  },
};

export function formatsOf(raw: string): Set<DateFormat> {
  const formats = new Set<DateFormat>();
  for (const [re, format] of NUMERIC_RES) if (re.test(raw)) formats.add(format);
  const words = raw.match(/\p{L}{3,}/gu) ?? [];
  if (words.some((word) => MONTHS.has(foldText(word)))) formats.add('month name');
  return formats;
}
