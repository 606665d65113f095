/**
 * More than three type families. Each family is counted once across its weights, styles and
 * optical sizes (LMRoman10-Bold and LMRomanSlant12 are one family); icon and math fonts do not
 * count, and neither do families that set only a few characters.
 */
import type { TipCheck } from '../types.js';
import { pagesEvidence } from '../parseability/support/evidence.js';

const MAX_FAMILIES = 3;
/** A family setting under this share of the characters is an accent (a monospace URL). */
const MIN_SHARE = 0.02;
const NOT_TEXT_FONT =
  /awesome|icons?|symbol|dingbat|wingding|webding|marvosym|academicons|math|^cm(?:sy|mi|ex)\d|^msam|^msbm|emoji/i;
const STYLE_SUFFIX =
  /(?:bold|black|heavy|semi|demi|extra|ultra|light|thin|hairline|medium|book|regular|roman|italic|oblique|slant|caps|condensed|narrow|mt|ps|std|pro)+$/i;

/** "ABCDEF+LMRomanSlant17-Regular" -> "lm"; "TimesNewRomanPS-BoldMT" -> "timesnew"... stable keys. */
export function fontFamily(fontName: string): string {
  let name = fontName.replace(/^[A-Z]{6}\+/, '').split(/[-,]/)[0] ?? '';
  // Computer Modern and its cm-super twins (CMR10, CMBX12, SFRM1095) are one family.
  if (/^(?:cm(?:r|bx|ti|csc|sl|b|bxti|u)|sf(?:rm|bx|ti|sl|cc))\d+$/i.test(name)) return 'cm';
  // CJK LaTeX splits one face into per-block subfonts: gbsnu4e, gbsnu5c... are all "gbsn".
  const cjkBlock = /^([a-z]+)u[0-9a-f]{2}$/i.exec(name);
  if (cjkBlock) return cjkBlock[1]!.toLowerCase();
  name = name.replace(/\d+$/, '');
  const stripped = name.replace(STYLE_SUFFIX, '');
  return (stripped || name).toLowerCase();
}

export const manyFonts: TipCheck = {
  id: 'layout.many-fonts',
  category: 'layout',
  severity: 'tip',
  appliesTo: { formats: ['pdf'] },
  codes: ['layout.many-fonts'],
  run(context) {
    const chars = new Map<string, { count: number; name: string; page: number }>();
    // Thousands of spans share a handful of font names: classify each name once.
    const familyOf = new Map<string, string | null>();
    let total = 0;
    for (const page of context.extracted.pages) {
      for (const span of page.spans) {
        if (!span.fontName) continue;
        let family = familyOf.get(span.fontName);
        if (family === undefined) {
          family = NOT_TEXT_FONT.test(span.fontName) ? null : fontFamily(span.fontName);
          familyOf.set(span.fontName, family);
        }
        if (family === null) continue;
        const length = span.text.replace(/\s+/g, '').length;
        const entry = chars.get(family) ?? { count: 0, name: span.fontName, page: page.number };
        entry.count += length;
        chars.set(family, entry);
        total += length;
      }
    }
    const families = [...chars.values()]
      .filter((f) => f.count >= MIN_SHARE * total)
      .sort((a, b) => b.count - a.count);
    if (families.length <= MAX_FAMILIES) return [];
    const names = families.map((f) => f.name.replace(/^[A-Z]{6}\+/, '').split(/[-,]/)[0] ?? f.name);
    return [
      {
        code: 'layout.many-fonts',
        params: { count: families.length, fonts: names, maximum: MAX_FAMILIES },
        evidence: pagesEvidence(context, [...new Set(families.map((f) => f.page))], 3),
      },
    ];
  },
};
