/**
 * The candidate's location from contact lines: a labelled address, "City, ST [ZIP]",
 * "City, Country", or a postcode followed by a city ("10115 Berlin", "75001 Paris").
 */
import { cleanText, splitFields } from './text.js';

const LABEL_RE =
  /^(?:address|location|based in|home|adresse|anschrift|wohnort|dirección|direccion|domicilio|ubicación|endereço|morada|localização|indirizzo|地址|所在地|住所|現住所|адрес|город)\s*[:：]\s*/iu;

const WORD = "\\p{Lu}[\\p{L}.'’-]*";
const PLACE = `${WORD}(?: (?:${WORD}|de|del|am|an|sur|upon|on))*`;
const US_RE = new RegExp(`^${PLACE},\\s?[A-Z]{2}(?:\\s\\d{5}(?:-\\d{4})?)?$`, 'u');
const CITY_COUNTRY_RE = new RegExp(`^(?:${PLACE},\\s?){1,2}${PLACE}$`, 'u');
const POSTCODE_RE = /(?:^|[\s,])(?:\d{4,5}|[A-Z]{1,2}\d[\dA-Z]?\s\d[A-Z]{2})\s\p{Lu}[\p{L}.-]+/u;
const CJK_PLACE_RE = /^[\p{Script=Han}]{2,12}(?:市|省|区|県|都|府)/u;

export function findLocation(lines: readonly string[]): string | null {
  for (const line of lines) {
    const text = cleanText(line);
    const label = LABEL_RE.exec(text);
    if (label) return text.slice(label[0].length).trim() || null;
  }
  for (const line of lines) {
    for (const field of splitFields(cleanText(line))) {
      if (field.length > 60 || /@|https?:|www\./.test(field)) continue;
      if (US_RE.test(field) || CITY_COUNTRY_RE.test(field) || CJK_PLACE_RE.test(field))
        return field;
      if (POSTCODE_RE.test(field) && !/\d{6,}/.test(field)) return field;
    }
  }
  return null;
}
