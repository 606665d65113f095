/**
 * The candidate's location from contact lines, as a place: city, region, country — never the
 * street, the postcode or a footer's date. Accepted shapes: a labelled address, "City, ST",
 * "City, Country", "City – ST", a postcode followed by a city ("80331 München" → "München"),
 * CJK administrative names ("北京市海淀区"), and a bare place name printed among other contact
 * details ("Москва · +7 912 … · mail@…"). Lines with dates, language levels or placeholder
 * words are skipped: "February 10, 2026 Jane Doe" and "English – Fluent, Mandarin" are not places.
 */
import { findDates } from './dates.js';
import { cleanText } from './text.js';

const LABEL_RE =
  /^(?:address|location|based in|home|adresse|anschrift|wohnort|dirección|direccion|domicilio|ubicación|endereço|morada|localização|indirizzo|地址|所在地|住所|現住所|адрес|город)\s*[:：]\s*/iu;

const WORD = "\\p{Lu}[\\p{L}.'’-]*";
const PLACE = `${WORD}(?: (?:${WORD}|de|do|da|del|am|an|sur|upon|on|of))*`;
/** "Austin, TX 78701" → "Austin, TX"; "São Paulo – SP"; "Seattle, Washington, United States". */
const REGION_RE = new RegExp(
  `^(${PLACE}(?:,\\s?|\\s[–-]\\s)[A-Z]{2})(?:\\s\\d{5}(?:-\\d{4})?)?$`,
  'u',
);
const CITY_COUNTRY_RE = new RegExp(`^(?:${PLACE},\\s?){1,2}${PLACE}$`, 'u');
/** European and UK postcodes before the city; the city is what is kept. */
const POSTCODE_CITY_RE =
  /(?:^|[\s,])(?:[A-Z]{1,2}-?)?(?:\d{4,5}|\d{2}-\d{3}|[A-Z]{1,2}\d[\dA-Z]?\s\d[A-Z]{2})\s(\p{Lu}[\p{L}.'’-]+(?:[ -]\p{Lu}?[\p{L}.'’-]+){0,2})$/u;
const CJK_PLACE_RE =
  /^(?:[\p{Script=Han}]{1,5}?(?:省|市|区|區|県|都|府|道|州|县|縣)){1,3}(?:[\p{Script=Han}]{1,5}?(?:町|村|镇|鎮))?$/u;
/** Language levels and placeholder words ("postcode", "城市") mark a line that is no place. */
const NOT_PLACE_RE =
  /\b(?:postcode|zip code|fluent|native|mother tongue|proficien\w*|intermediate|advanced|beginner|basic|bilingual|english|french|german|spanish|mandarin|chinese|fließend|courant|nativo|nativa|inglés|anglais|englisch)\b|城市|邮编|住所地/iu;
/** A bare place among contact details: one to three capitalised words, no digits. */
const BARE_PLACE_RE = /^\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}$/u;
/**
 * Icon glyphs (private-use code points), bullets, pipes, middle dots, tabs and wide gaps
 * separate the details of a contact line; the split runs before icons are blanked and spaces
 * collapsed, so "<pin> San Francisco, CA <mail> jo@x.com" keeps its fields apart.
 */
const FIELD_SEPARATOR_RE = /\s*[\uE000-\uF8FF\u{F0000}-\u{FFFFD}|｜•·●▪◦⋅∙]\s*|\t|\s{3,}/u;
const CONTACT_HINT_RE = /@|\+?\d[\d ()./-]{6,}\d|https?:|www\.|linkedin|github/iu;

export function findLocation(lines: readonly string[], name?: string | null): string | null {
  for (const line of lines) {
    const text = cleanText(line);
    const label = LABEL_RE.exec(text);
    if (label) {
      const value = text.slice(label[0].length).trim();
      return value ? (placeIn(value) ?? value) : null;
    }
  }
  for (const line of lines) {
    const text = cleanText(line);
    if (findDates(text).length > 0 || NOT_PLACE_RE.test(text)) continue;
    const fields = splitContactFields(line);
    for (const field of fields) {
      const place = placeIn(field);
      if (place) return place;
    }
    // Only a line that also carries a phone, e-mail or link vouches for a bare word as a place.
    if (fields.length < 2 || !CONTACT_HINT_RE.test(text)) continue;
    const bare = fields.find(
      (f) => BARE_PLACE_RE.test(f) && f !== name && !/\.\p{L}{2,}$/u.test(f),
    );
    if (bare) return bare;
  }
  return null;
}

function splitContactFields(line: string): string[] {
  return line
    .split(FIELD_SEPARATOR_RE)
    .map(cleanText)
    .filter((field) => field.length > 0);
}

/** The place in one field (a street before it dropped), or null. */
function placeIn(field: string): string | null {
  if (field.length > 60 || /@|https?:|www\./.test(field) || NOT_PLACE_RE.test(field)) return null;
  const region = REGION_RE.exec(field);
  if (region) return region[1] ?? null;
  if (CITY_COUNTRY_RE.test(field) || CJK_PLACE_RE.test(field)) return field;
  const postcode = POSTCODE_CITY_RE.exec(field);
  if (postcode && !/\d{6,}/.test(field)) return postcode[1] ?? null;
  // "Lindenstraße 12, 80331 München", "12 rue des Lilas, 69003 Lyon": the street goes.
  const comma = field.lastIndexOf(', ');
  return comma > 0 && /\d/.test(field.slice(0, comma)) ? placeIn(field.slice(comma + 2)) : null;
}
