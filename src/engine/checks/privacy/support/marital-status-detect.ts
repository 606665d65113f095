/**
 * Marital status: a label with any value ("Marital status: married", "Familienstand: ledig"),
 * or a distinctive value on a short line of its own ("verheiratet, 2 Kinder"). English "single"
 * and "married" only count after a label ("single sign-on" is not a marital status).
 */
import type { CheckContext, FindingDraft } from '../../types.js';
import { findInLines, matchEvidence } from './lines.js';

const LABEL_RE =
  /(?:marital\s+status|civil\s+status|familienstand|état\s+civil|situation\s+(?:familiale|de\s+famille)|estado\s+civil|stato\s+civile|burgerlijke\s+staat|婚姻状况|婚姻状態|配偶者|семейное\s+положение)\s*[:：]?\s*[\p{L}]/giu;
const VALUE_RE =
  /(?:verheiratet|ledig|geschieden|verwitwet|célibataire|mariée?|pacsée?|divorcée?|casad[oa]|solter[oa]|divorciad[oa]|coniugat[oa]|celibe|nubile|gehuwd|ongehuwd|已婚|未婚|既婚|离异|женат|замужем|холост|не\s+замужем|не\s+женат|разведен[аa]?)(?![\p{L}])/giu;
const SHORT_LINE_WORDS = 5;
/** More than SHORT_LINE_WORDS whitespace-separated words, tested without splitting the line. */
const LONGER_LINE_RE = new RegExp(`\\S(?:\\s+\\S+){${SHORT_LINE_WORDS}}`);

export function detectMaritalStatus(context: CheckContext, code: string): FindingDraft[] {
  const lines = context.layout.lines;
  const labelled = findInLines(lines, LABEL_RE)[0];
  const valueOnly = labelled
    ? undefined
    : findInLines(
        lines.filter((line) => !LONGER_LINE_RE.test(line.text)),
        VALUE_RE,
      )[0];
  const found = labelled ?? valueOnly;
  if (!found) return [];
  return [
    {
      code,
      params: { language: context.language },
      evidence: [matchEvidence(found, found.line.text)],
    },
  ];
}
