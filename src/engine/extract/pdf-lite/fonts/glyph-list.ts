/**
 * Glyph names -> Unicode, the way pdf.js reads them (src/core/unicode.js, getUnicodeForGlyph): the
 * glyph list first, then the "uniXXXX" / "uXXXX[XX]" conventions of the Adobe Glyph List
 * specification (upper-case hex only).
 */
import { GLYPH_LIST_DATA } from './glyph-list-data.js';

let glyphList: Map<string, number> | undefined;

/** The glyph list, unpacked on first use (about 4,300 names). */
export function glyphListMap(): Map<string, number> {
  if (glyphList) return glyphList;
  const map = new Map<string, number>();
  const words = GLYPH_LIST_DATA.trim().split(/\s+/);
  for (let i = 0; i + 1 < words.length; i += 2) map.set(words[i]!, parseInt(words[i + 1]!, 16));
  glyphList = map;
  return map;
}

/** The code point of a glyph name, or -1 (pdf.js's getUnicodeForGlyph). */
export function unicodeForGlyph(name: string | undefined): number {
  if (!name) return -1;
  const listed = glyphListMap().get(name);
  if (listed !== undefined) return listed;
  if (name.charCodeAt(0) !== 117 /* u */) return -1;
  let hex: string;
  if (name.length === 7 && name[1] === 'n' && name[2] === 'i') hex = name.slice(3);
  else if (name.length >= 5 && name.length <= 7) hex = name.slice(1);
  else return -1;
  if (hex !== hex.toUpperCase()) return -1;
  // parseInt accepts a valid prefix ("12G4" -> 0x12), as pdf.js does.
  const code = parseInt(hex, 16);
  return code >= 0 ? code : -1;
}
