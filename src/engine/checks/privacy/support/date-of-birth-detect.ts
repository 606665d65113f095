/**
 * Date of birth or age, in the eight resume languages we parse plus Italian and Dutch. A label
 * alone is not enough: a date (or an age) must follow within a few characters, so "born leader"
 * or a "Date of birth" heading without a value do not count.
 */
import type { CheckContext, FindingDraft } from '../../types.js';
import { findInLines, matchEvidence } from './lines.js';

const DOB_LABEL =
  '(?:date\\s+of\\s+birth|birth\\s*date|d\\.?o\\.?b\\.?|born(?:\\s+on|\\s+in)?|geburtsdatum|geboren(?:\\s+am)?|geb\\.|date\\s+de\\s+naissance|née?\\s+le|fecha\\s+de\\s+nacimiento|nacid[oa]\\s+el|data\\s+de\\s+nascimento|nascid[oa]\\s+em|data\\s+di\\s+nascita|nato\\s+il|nata\\s+il|geboortedatum|出生日期|出生年月|生年月日|дата\\s+рождения|родил(?:ся|ась))';
const DATE =
  '(?:\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)?\\d{2}\\b|(?:19|20)\\d{2}\\s*(?:年|[./-]\\s*\\d{1,2})|(?:明治|大正|昭和|平成|令和)\\s*\\d{1,2}\\s*年|[^\\n]{0,20}?\\b(?:19|20)\\d{2}\\b)';
// "Geburtsdatum/-ort", "Date/place of birth": a second label after a slash.
const SECOND_LABEL = '(?:\\s*/\\s*-?\\s*\\p{L}+)?';
const DOB_RE = new RegExp(
  `${DOB_LABEL}(?![\\p{L}])${SECOND_LABEL}\\s*[:：\\-–]?\\s*${DATE}`,
  'giu',
);
const AGE_RE =
  /(?:age|alter|âge|edad|idade|età|leeftijd|年龄|年齢|возраст)\s*[:：]\s*\d{2}\b|\b\d{2}\s*(?:years\s+old|jahre\s+alt|岁|歳)/giu;

export function detectDateOfBirth(context: CheckContext, code: string): FindingDraft[] {
  const lines = context.layout.lines;
  const births = findInLines(lines, DOB_RE);
  const ages = births.length > 0 ? [] : findInLines(lines, AGE_RE);
  const found = births[0] ?? ages[0];
  if (!found) return [];
  return [
    {
      code,
      params: { kind: births.length > 0 ? 'date-of-birth' : 'age', language: context.language },
      evidence: [matchEvidence(found)],
    },
  ];
}
