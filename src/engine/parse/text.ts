/** Small text helpers shared by the parse steps. */
import { collapseWhitespace } from '../layout/whitespace.js';
import { countWordRuns } from './char-scan.js';

/** Bullet glyphs resumes use at the start of list lines (Word, LaTeX itemize, Canva icons). */
const BULLET_RE = /^\s*(?:[•·●○◦▪▫■□►▸▹▶➢➤✓✔❖◆◇♦∙⁃‣*+]|[-–—](?=\s)|o(?=\s{1,3}\p{Lu}))\s*/u;

/** Private-use glyphs are icon fonts (FontAwesome phone/mail icons); they carry no text. */
const ICON_RE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}]/gu;
/**
 * Code units every ICON_RE match contains (the BMP range, or a high surrogate of the upper
 * planes): a plain scan for them is much cheaper than the Unicode-aware replace.
 */
const ICON_UNIT_RE = /[\uE000-\uF8FF\uDB80-\uDBFF]/;
const ASCII_RE = /^[^\u0080-\uffff]*$/;

/** ASCII text needs no Unicode normalisation, which the hot helpers below skip for it. */
function isAscii(text: string): boolean {
  return ASCII_RE.test(text);
}

export function stripIcons(text: string): string {
  return ICON_UNIT_RE.test(text) ? text.replace(ICON_RE, ' ') : text;
}

export function hasBulletGlyph(text: string): boolean {
  return BULLET_RE.test(text);
}

export function stripBullet(text: string): string {
  return text.replace(BULLET_RE, '').trim();
}

/** Collapses whitespace and trims; icon glyphs become spaces first. */
export function cleanText(text: string): string {
  return collapseWhitespace(stripIcons(text)).trim();
}

/**
 * Undo letter-spacing ("E X P E R I E N C E", "W O R K  E X P"): layout usually repairs it, but
 * DOCX/TXT sources and some PDFs keep it. Words are separated by two or more spaces there.
 */
export function collapseLetterSpacing(text: string): string {
  const trimmed = text.trim();
  if (!/^(?:\S\s)+\S$/u.test(trimmed.replace(/\s{2,}/g, ' '))) return text;
  if (!/^(?:\S ){2,}\S/u.test(trimmed)) return text;
  return trimmed
    .split(/\s{2,}/)
    .map((word) => word.replace(/\s/g, ''))
    .join(' ');
}

/** Lowercase, strip accents, unify "&" to "and": the form dictionaries are keyed by. */
export function foldText(text: string): string {
  const lower = isAscii(text)
    ? text.toLowerCase()
    : text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
  return lower.replace(/\s*[&＆+]\s*/g, ' and ');
}

export function wordCount(text: string): number {
  return countWordRuns(text);
}

const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function hasCjk(text: string): boolean {
  return CJK_RE.test(text);
}

/** True when every cased letter is upper case and there are at least two letters. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  return letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Splits a line on the separators resumes use between fields ("|", "•", " — ", tabs, wide gaps). */
export function splitFields(text: string): string[] {
  return text
    .split(/\s*(?:[|｜•·●▪◦⋅∙]|\s[–—-]\s|\t|\s{3,})\s*/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
