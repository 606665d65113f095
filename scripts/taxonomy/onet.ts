/**
 * O*NET technology examples and occupation titles → source entries. Vendor names are stripped
 * when the vendor prefixes several products ("Atlassian JIRA" → also "JIRA"), unless what is left
 * is an ordinary English word ("Microsoft Project" must not make every "project" a tool).
 * See https://www.onetcenter.org/dictionary/28.0/text/technology_skills.html.
 */
import { parseTsv } from './csv.js';
import { cleanLabel, generatedEntry, isPlausibleLabel, type SourceEntry } from './source-entry.js';
import { isKnownWord } from '../../src/engine/checks/content/support/dictionary.js';

/** A first word that starts this many distinct product names is a vendor, not part of the name. */
const VENDOR_MIN_PRODUCTS = 3;

function isOrdinaryWord(label: string): boolean {
  return !label.includes(' ') && /^[A-Za-z]+$/.test(label) && isKnownWord(label.toLowerCase());
}

function acronymOf(name: string): string | null {
  const match = /\(([A-Z][A-Z0-9]{1,7})\)/.exec(name);
  return match?.[1] ?? null;
}

export function readOnetTechnology(tsv: string): SourceEntry[] {
  const hot = new Map<string, boolean>();
  for (const row of parseTsv(tsv)) {
    const name = row.Example ?? '';
    const isHot = row['Hot Technology'] === 'Y' || row['In Demand'] === 'Y';
    hot.set(name, (hot.get(name) ?? false) || isHot);
  }
  const firstWords = new Map<string, number>();
  for (const name of hot.keys()) {
    const first = name.split(' ')[0] ?? '';
    firstWords.set(first, (firstWords.get(first) ?? 0) + 1);
  }
  const entries: SourceEntry[] = [];
  for (const [name, isHot] of [...hot].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const clean = cleanLabel(name);
    const labels = [clean];
    const [first = '', ...rest] = clean.split(' ');
    const isVendor = /^[A-Z]/.test(first) && (firstWords.get(first) ?? 0) >= VENDOR_MIN_PRODUCTS;
    if (isVendor && rest.length > 0) labels.push(rest.join(' '));
    const acronym = acronymOf(name);
    if (acronym !== null) labels.push(acronym);
    const kept = labels.filter((label) => isPlausibleLabel(label) && !isOrdinaryWord(label));
    if (kept.length > 0) entries.push(generatedEntry('tool', kept, isHot));
  }
  return entries;
}

export function readOnetOccupations(tsv: string): SourceEntry[] {
  return parseTsv(tsv).flatMap((row) => {
    const title = cleanLabel(row.Title ?? '');
    return isPlausibleLabel(title) ? [generatedEntry('title', [title])] : [];
  });
}
