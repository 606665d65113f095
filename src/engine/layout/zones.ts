/**
 * Page header and footer zones. Text in the top or bottom band of the page that repeats on most
 * pages (after replacing digits, so "Page 1 of 2" matches "Page 2 of 2") is a running head or foot;
 * a lone page number in a band is a footer too. Such text stays in the output, marked, because
 * resumes often keep contact details there.
 */
import type { Zone } from '../model/layout.js';
import type { Fragment } from './lines.js';
import { collapseWhitespace } from './whitespace.js';

const HEADER_BAND = 0.12;
const FOOTER_BAND = 0.85;
const PAGE_NUMBER =
  /^(?:page|seite|página|pagina|p\.)?\s*[-–]?\s*\d+\s*(?:(?:of|von|de|\/)\s*\d+)?\s*[-–]?$/i;

export interface ZoneInfo {
  zone: Zone;
  repeated: boolean;
}

export interface PageFragments {
  height: number;
  fragments: Fragment[];
}

export function normalizeRepeatedText(text: string): string {
  return collapseWhitespace(text.toLowerCase().replace(/\d+/g, '#')).trim();
}

function bandOf(fragment: Fragment, height: number): Zone {
  if (fragment.box.y + fragment.box.height <= HEADER_BAND * height) return 'header';
  if (fragment.box.y >= FOOTER_BAND * height) return 'footer';
  return 'body';
}

export function classifyZones(pages: PageFragments[]) {
  const zones = new Map<Fragment, ZoneInfo>();
  const pagesWithKey = new Map<string, Set<number>>();
  for (const [index, page] of pages.entries()) {
    for (const fragment of page.fragments) {
      if (bandOf(fragment, page.height) === 'body') continue;
      const key = normalizeRepeatedText(fragment.text);
      if (!key) continue;
      const set = pagesWithKey.get(key) ?? new Set<number>();
      set.add(index);
      pagesWithKey.set(key, set);
    }
  }
  const minPages = Math.max(2, Math.ceil(pages.length * 0.6));
  const repeatedTexts = new Set<string>();
  for (const page of pages) {
    for (const fragment of page.fragments) {
      const band = bandOf(fragment, page.height);
      if (band === 'body') continue;
      const key = normalizeRepeatedText(fragment.text);
      const repeated = (pagesWithKey.get(key)?.size ?? 0) >= minPages;
      if (repeated) {
        repeatedTexts.add(key);
        zones.set(fragment, { zone: band, repeated: true });
      } else if (PAGE_NUMBER.test(fragment.text.trim())) {
        zones.set(fragment, { zone: band, repeated: false });
      }
    }
  }
  return { zones, repeatedTexts: [...repeatedTexts] };
}
