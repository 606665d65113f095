/**
 * A full street address in the contact details: recruiters need the city (and for some jobs the
 * region) to judge commute or relocation; the street and house number only add risk when the
 * resume is shared. A tip, since German and French CVs traditionally carry the full address.
 */
import type { Check } from '../types.js';
import { findInLines, matchEvidence } from './support/lines.js';

/** The contact block is at the top of page one; sidebars and "Personal data" tables live there too. */
const CONTACT_LINES = 20;

// Latin-script patterns avoid the u flag (much slower in V8) by spelling out accented letters.
const LATIN_STREET_RE = new RegExp(
  [
    // 221B Baker Street, 1600 Pennsylvania Ave
    String.raw`\b\d{1,5}[A-Z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][A-Za-z.'-]*\s+){1,4}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Court|Ct\.?|Way|Place|Pl\.?|Terrace|Close|Crescent|Parkway|Pkwy\.?)(?![A-Za-z])`,
    // Lindenstraße 12, Mühlweg 3a
    String.raw`[A-ZÄÖÜ][A-Za-zäöüß-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|damm|ufer)\s+\d{1,4}\s?[a-z]?(?=\s*(?:[,|·]|$|\d{4,5}\s))`,
    // 12 rue des Lilas, 5 bis avenue Foch
    String.raw`\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|cours)\s`,
    // Calle Mayor 5, Rua Augusta, 120, Av. Paulista nº 1000
    String.raw`(?:\bcalle|\bc/|\bavda\.?|\bavenida|\bpaseo|\bplaza|\bcarrer|\brua|\btravessa|\balameda|praça|\blargo|\bestrada)\s+[^,\d\n]{2,40},?\s*(?:n[º°o.]\s*)?\d{1,5}\b`,
  ].join('|'),
  'gim',
);
// 中关村大街27号, 渋谷区神南1-2-3, ул. Ленина, д. 5
const OTHER_STREET_RE =
  /\p{Script=Han}{1,12}(?:路|街|大街|大道|巷)\d{1,5}号|\p{Script=Han}{1,12}[区市町村]\p{Script=Han}{0,8}\d{1,2}(?:丁目|[-−]\d{1,3}[-−]\d{1,3})|(?:ул\.|улица|пр-т|проспект|пер\.|переулок|шоссе|бульвар)\s*[^,\n]{2,40},?\s*(?:д\.|дом)?\s*\d{1,4}/giu;
const NON_LATIN_RE = /[\u0400-\u04ff\u3040-\u9fff]/;

export const streetAddress: Check = {
  id: 'privacy.street-address',
  category: 'privacy',
  severity: 'tip',
  appliesTo: {},
  codes: ['privacy.street-address'],
  run(context) {
    const top = context.layout.lines.filter((line) => line.page === 1).slice(0, CONTACT_LINES);
    const contactSection = context.resume.sections.find((s) =>
      /contact|kontakt|persönlich|personal/i.test(s.heading),
    );
    const extra = contactSection
      ? context.layout.lines.slice(contactSection.lines[0], contactSection.lines[1] + 1)
      : [];
    const lines = [...top, ...extra];
    const hasOtherScripts = lines.some((line) => NON_LATIN_RE.test(line.text));
    const found =
      findInLines(lines, LATIN_STREET_RE)[0] ??
      (hasOtherScripts ? findInLines(lines, OTHER_STREET_RE)[0] : undefined);
    if (!found) return [];
    return [
      {
        code: 'privacy.street-address',
        params: { language: context.language },
        evidence: [matchEvidence(found, found.line.text)],
      },
    ];
  },
};
