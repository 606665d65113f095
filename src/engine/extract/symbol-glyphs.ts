/**
 * Symbol-font list bullets. Word and LibreOffice draw list bullets with the Symbol, Wingdings or
 * OpenSymbol font; such fonts have no Unicode mapping, so their glyphs land in the private-use
 * area at U+F000 + the font's byte (U+F0B7 is Symbol's bullet). They are list markers, not text.
 * See https://learn.microsoft.com/typography/opentype/spec/recom#symbol-fonts
 */

/** Fonts whose glyphs are pictures (bullets, arrows, check marks), never letters. */
const SYMBOL_FONT = /symbol|wingding|webding|dingbat/i;

/**
 * Symbol and Wingdings code points Word offers as bullets (bullet, squares, diamond, arrows,
 * check mark) in the U+F000 + byte form. Icon-font pictures common in contact lines (U+F0E0
 * envelope, U+F095 phone) are deliberately absent.
 */
const SYMBOL_BULLETS = new Set([
  0xf0b7, 0xf0a7, 0xf0a8, 0xf06c, 0xf06e, 0xf076, 0xf0d8, 0xf0e8, 0xf0fc,
]);

/** Icon fonts reuse the same code points for pictures (U+F0E0 is FontAwesome's envelope). */
const ICON_FONT = /awesome|icon|glyph|material|fontello|octicon|ionic/i;

const PRIVATE_USE = /^[\ue000-\uf8ff]$/u;

export function isPrivateUse(char: string): boolean {
  return PRIVATE_USE.test(char);
}

export function isSymbolFont(fontName: string): boolean {
  return SYMBOL_FONT.test(fontName);
}

/**
 * A private-use glyph that is a list bullet: any glyph of a symbol font, or a known Symbol bullet
 * code point from a font that is not an icon font (subset fonts often lose their name).
 */
export function isSymbolBullet(char: string, fontName: string): boolean {
  if (!isPrivateUse(char)) return false;
  if (isSymbolFont(fontName)) return true;
  return SYMBOL_BULLETS.has(char.codePointAt(0)!) && !ICON_FONT.test(fontName);
}
