/**
 * Contact details. The contact region is the preamble (lines before the first heading), page
 * header/footer zones and "other" sections such as "Personal data" or "Contact"; e-mails and
 * explicit links count anywhere, phones outside the region only when labelled. Referees'
 * sections are skipped: their names, e-mails and phones are not the candidate's.
 */
import type { Line } from '../model/layout.js';
import type { Contact, ContactLink } from '../model/resume.js';
import {
  emailFromMailto,
  findEmails,
  findLinks,
  linkFromTarget,
  linkKey,
} from './contact-links.js';
import { findLocation } from './contact-location.js';
import { findName, nameText } from './contact-name.js';
import {
  countryForLanguage,
  findPhones,
  phoneFromTelLink,
  type PhoneHit,
  type PhoneValidations,
} from './contact-phones.js';
import { normalizeHeading } from './heading-match.js';
import type { SectionBlock, SectionSplit } from './sections.js';

/** Display type: a line this much larger than body text is a name or a title, never content. */
const DISPLAY_RATIO = 1.6;
const REFEREES_RE = /refer|referenz|рекоменд|推荐人|推薦/;

export function parseContact(
  split: SectionSplit,
  language: string,
  bodyFontSize?: number,
): Contact {
  const region = [...split.preamble, ...split.margins];
  const body: Line[] = [];
  for (const block of split.blocks) {
    if (REFEREES_RE.test(normalizeHeading(block.section.heading))) continue;
    if (block.section.kind === 'other') region.push(...block.lines);
    else body.push(...block.lines);
  }
  const inRegion = new Set(region.map((l) => l.index));
  const all = [...region, ...body].sort((a, b) => a.index - b.index);
  const emails = new Set<string>();
  const phones: PhoneHit[] = [];
  const links = new Map<string, ContactLink>();
  const foundIn = new Set<Contact['foundIn'][number]>();
  const country = countryForLanguage(language);
  const validated: PhoneValidations = new Map();
  for (const line of all) {
    const isRegion = inRegion.has(line.index);
    const found = { emails: emails.size, phones: phones.length, links: links.size };
    for (const email of findEmails(line.text)) emails.add(email);
    for (const hit of findPhones(line.text, {
      defaultCountry: country,
      isContactRegion: isRegion,
      validated,
    })) {
      addPhone(phones, hit);
    }
    for (const link of findLinks(line.text, { bareDomains: isRegion })) addLink(links, link);
    for (const target of line.links) {
      const email = emailFromMailto(target);
      if (email) emails.add(email);
      const tel = /^tel:/i.test(target) ? phoneFromTelLink(target, country, validated) : null;
      if (tel) addPhone(phones, tel);
      const link = isRegion ? linkFromTarget(target) : null;
      if (link) addLink(links, link);
    }
    if (emails.size > found.emails || phones.length > found.phones || links.size > found.links) {
      foundIn.add(line.zone);
    }
  }
  const nameLine = findName(nameCandidates(split, bodyFontSize), bodyFontSize);
  const name = nameLine ? nameText(nameLine) : null;
  const locationLines = region.filter((l) => l !== nameLine).map((l) => l.text);
  return {
    name,
    emails: [...emails],
    phones: phones.map((p) => p.phone),
    phonesRaw: phones.map((p) => p.raw),
    location: findLocation(locationLines, name),
    links: [...links.values()],
    foundIn: [...foundIn],
    ...(nameLine
      ? { source: { page: nameLine.page, lines: [nameLine.index, nameLine.index] } }
      : {}),
  };
}

/**
 * Page 1 lines before the first substantive section, plus page-1 header zone lines. A line set
 * far above body size later on page 1 joins them: DOCX sidebars put the contact cell (and its
 * sections) before the name cell in reading order.
 */
function nameCandidates(split: SectionSplit, bodyFontSize: number | undefined): Line[] {
  const firstBlock = split.blocks.find((b) => b.section.kind !== 'other');
  const limit = firstBlock ? firstBlock.section.headingLine : Infinity;
  const isEarly = (b: SectionBlock): boolean =>
    b.section.kind === 'other' && b.section.headingLine < limit;
  const early = split.blocks.filter(isEarly).flatMap((b) => b.lines);
  const lines = [...split.preamble, ...early, ...split.margins.filter((l) => l.zone === 'header')];
  const display = split.blocks
    .filter((b) => !isEarly(b))
    .flatMap((b) => b.lines)
    .filter((l) => bodyFontSize && (l.fontSize ?? 0) >= bodyFontSize * DISPLAY_RATIO);
  const byIndex = (a: Line, b: Line): number => a.index - b.index;
  return [...lines.sort(byIndex), ...display.sort(byIndex)].filter((l) => l.page === 1);
}

/** The same number printed twice (text and tel: link, local and international form) counts once. */
function addPhone(phones: PhoneHit[], hit: PhoneHit): void {
  const same = phones.some((p) => p.key.endsWith(hit.key) || hit.key.endsWith(p.key));
  if (!same) phones.push(hit);
}

function addLink(links: Map<string, ContactLink>, link: ContactLink): void {
  const key = linkKey(link.url);
  if (!links.has(key)) links.set(key, link);
}
