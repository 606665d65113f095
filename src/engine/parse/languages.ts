/**
 * Spoken languages with a level: "English (native)", "Deutsch – C1", "French: fluent",
 * "Spanish Intermediate". A level printed on its own line (under rating dots that extraction
 * loses) attaches to the language before it; a language with only dots gets a null level.
 */
import type { Line } from '../model/layout.js';
import type { LanguageSkill } from '../model/resume.js';
import { cleanText, stripBullet } from './text.js';

const LEVEL_RE =
  /^(?:native|mother tongue|bilingual|fluent|proficient|advanced|upper[- ]intermediate|intermediate|conversational|basic|beginner|elementary|limited working|professional working|full professional|[abc][12]\+?|muttersprache|fließend|verhandlungssicher|sehr gut|gut|grundkenntnisse|langue maternelle|maternelle|courant|bilingue|natif|native|intermédiaire|notions|nativo|nativa|lengua materna|fluido|avanzado|intermedio|básico|fluente|avançado|básico|intermediário|母语|流利|熟练|良好|一般|ネイティブ|ビジネス|日常会話|родной|свободно|свободный|продвинутый|средний|базовый)\b/iu;
const SPLIT_RE = /\s*(?:[,;|•·、，；]|\s{3,}|\t)\s*(?![^()]*\))/u;
const PAIR_RE = /^([\p{L}][\p{L} .'-]{1,30}?)\s*(?:[:：(–—-]|\s(?=\S))\s*(.*?)\)?$/u;

export function parseLanguages(lines: readonly Line[]): LanguageSkill[] {
  const result: LanguageSkill[] = [];
  for (const line of lines) {
    for (const part of stripBullet(cleanText(line.text)).split(SPLIT_RE)) {
      const text = part.trim();
      if (!text) continue;
      const previous = result[result.length - 1];
      if (LEVEL_RE.test(text) && previous && previous.level === null) {
        previous.level = text;
        continue;
      }
      const skill = toSkill(text);
      if (skill) result.push(skill);
    }
  }
  return result;
}

function toSkill(text: string): LanguageSkill | null {
  if (text.length > 80) return null;
  if (/^[\p{L}]+$/u.test(text)) return { language: text, level: null };
  const pair = PAIR_RE.exec(text);
  if (!pair) return null;
  const language = (pair[1] ?? '').trim();
  const level = (pair[2] ?? '').replace(/^[(:–—-]\s*|\)$/g, '').trim();
  if (!language || /\d/.test(language)) return null;
  if (level && !LEVEL_RE.test(level) && !/[(:–—-]/.test(text))
    return { language: text, level: null };
  return { language, level: level || null };
}
