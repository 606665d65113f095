/**
 * The candidate's name: among the first lines of page 1, the line printed largest that reads
 * like a name (a few words, letters only, not a heading, contact detail or document title);
 * without font sizes (DOCX, TXT) the first such line. Returned as printed.
 */
import type { Line } from '../model/layout.js';
import { matchHeading } from './heading-match.js';
import { cleanText, hasCjk, splitFields } from './text.js';

const LABEL_RE =
  /^(?:name|full name|nombre(?: completo)?|nom(?: complet)?|nome(?: completo)?|vor- und nachname|имя|фио|姓名|氏名)\s*[:：]\s*/iu;
/** Words that make a top line a title or a role rather than a person. */
const NOT_NAME_RE =
  /\b(?:curriculum|vitae|resume|résumé|lebenslauf|cv|page|seite|confidential|engineer|developer|manager|designer|analyst|consultant|student|intern|address|phone|email)\b|简历|履歴書|職務経歴書|резюме/iu;

const LABEL_ONLY_RE = /^(?:name|full name|nombre|nom|nome|имя|фио|姓名|氏名)\s*[:：]?$/iu;
const CONTACT_CUT_RE =
  /\s(?:e-?mail|mail|phone|tel|mobile|cell|telefon|handy|web|linkedin|github|address|adresse)\b\s*[:：]?|\s\S+@\S+|\s\+?\(?\d/iu;

const MAX_CANDIDATES = 15;
/** Lower-case words a name may hold ("Ludwig van Beethoven", "María de la Cruz", "bin", "y"). */
const PARTICLES = new Set(
  'van von der den de del della di da das do dos du la le lo ten ter bin binti ibn al el y e und zu af'.split(
    ' ',
  ),
);

export function findName(
  candidates: readonly Line[],
  bodyFontSize: number | undefined,
): Line | null {
  const pool = candidates.slice(0, MAX_CANDIDATES);
  const labelled = pool.find((line) => LABEL_RE.test(cleanText(line.text)));
  if (labelled) return labelled;
  // "Name" in one table cell, the name in the next.
  const labelAt = pool.findIndex((line) => LABEL_ONLY_RE.test(cleanText(line.text)));
  const afterLabel = labelAt >= 0 ? pool[labelAt + 1] : undefined;
  if (afterLabel && nameText(afterLabel)) return afterLabel;
  const names = pool.filter((line) => nameText(line) !== null);
  if (names.length === 0) return null;
  const sized = names.filter((line) => line.fontSize !== undefined);
  if (sized.length > 0 && bodyFontSize) {
    const largest = sized.reduce((a, b) => ((b.fontSize ?? 0) > (a.fontSize ?? 0) ? b : a));
    if ((largest.fontSize ?? 0) >= bodyFontSize * 1.15) return largest;
  }
  return names[0] ?? null;
}

/** The name text of a line, or null when the line cannot be a name. */
export function nameText(line: Line): string | null {
  let text = cleanText(line.text);
  const label = LABEL_RE.exec(text);
  if (label) text = text.slice(label[0].length);
  // "Jane Roe Email: jane@roe.dev": the name runs up to the first contact label or detail.
  const beforeContact = text.split(CONTACT_CUT_RE)[0] ?? '';
  const field = splitFields(beforeContact)[0] ?? '';
  const candidate = field.replace(/[,;]+$/, '').trim();
  return isNameLike(candidate) ? candidate : null;
}

function isNameLike(text: string): boolean {
  if (text.length < 2 || text.length > 50) return false;
  if (/[\d@/\\:|+=#_]|https?|www\./iu.test(text) || NOT_NAME_RE.test(text)) return false;
  // A sentence ("Netzwerksüchtiger Katzenliebhaber.") is a tagline; "Jane Q." is a name.
  if (/\p{L}{3,}\.$/u.test(text)) return false;
  if (matchHeading(text)?.exact) return false;
  if (hasCjk(text)) return text.replace(/\s/g, '').length <= 8;
  const words = text.split(/\s+/);
  if (words.length > 5) return false;
  // Names are capitalised words; a lower-case word must be a particle, so "Your Position or
  // Tagline Here" and "Engineer at Acme" read as taglines.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitalised === 0) return false;
  if (words.some((w) => !/^\p{Lu}/u.test(w) && !PARTICLES.has(w.toLowerCase()))) return false;
  return /^[\p{L}\p{M}.'’\- ]+$/u.test(text);
}
