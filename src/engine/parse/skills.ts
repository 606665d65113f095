/**
 * Skills as a flat list: lines are split on commas, semicolons, pipes and bullets; a leading
 * "Category:" label (or a first table cell) is dropped; sentences are not skills.
 */
import type { Line } from '../model/layout.js';
import { cleanText, stripBullet, wordCount } from './text.js';

const LABEL_RE = /^([^:：]{1,40})[:：]\s*/u;
/** Commas inside parentheses ("Python (NumPy, pandas)") belong to the item. */
const SPLIT_RE = /\s*(?:[,;|•·●▪◦、，；]|\s\/\s|\t|\s{3,})\s*(?![^()]*\))/u;
const MAX_ITEM_WORDS = 6;

export function parseSkills(lines: readonly Line[]): string[] {
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const line of lines) {
    if (
      line.table &&
      line.table.cell === 0 &&
      lines.some((l) => l.table?.index === line.table?.index && (l.table?.cell ?? 0) > 0)
    ) {
      continue;
    }
    let text = stripBullet(cleanText(line.text));
    const label = LABEL_RE.exec(text);
    if (label && wordCount(label[1] ?? '') <= 4) text = text.slice(label[0].length);
    for (const raw of text.split(SPLIT_RE)) {
      const item = raw
        .replace(/^(?:and|und|et|y|e|и)\s+/iu, '')
        .replace(/[.;:]+$/, '')
        .trim();
      if (!item || wordCount(item) > MAX_ITEM_WORDS || /[.!?]\s/.test(item)) continue;
      const key = item.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      skills.push(item);
    }
  }
  return skills;
}
