/**
 * A private-use glyph at the start of a line is either a list bullet drawn in a symbol font (Word
 * and LibreOffice use Symbol's U+F0B7) or an icon-font picture in front of a heading or contact
 * detail (FontAwesome's graduation cap before "Education"). Bullets become "•" so every reader
 * sees a bullet; icons in front of short text are dropped so a heading stays a heading.
 */
import type { TextSpan } from '../model/document.js';
import { isPrivateUse, isSymbolBullet } from '../extract/symbol-glyphs.js';
import { hasBullet } from './line-features.js';

/** An icon before this many words or more is a bullet of an icon font, not a heading's icon. */
const MIN_BULLET_WORDS = 5;

export function normalizeLeadingGlyph(
  text: string,
  first: TextSpan | undefined,
): { text: string; bullet: boolean } {
  const glyph = String.fromCodePoint(text.codePointAt(0) ?? 0x20);
  if (!isPrivateUse(glyph) || !first) return { text, bullet: hasBullet(text) };
  const rest = text.slice(glyph.length).trimStart();
  if (isSymbolBullet(glyph, first.fontName)) return { text: `• ${rest}`, bullet: true };
  const words = rest.split(/\s+/).filter(Boolean).length;
  if (words >= MIN_BULLET_WORDS) return { text, bullet: true };
  return { text: rest, bullet: false };
}
