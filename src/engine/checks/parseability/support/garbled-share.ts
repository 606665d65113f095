/**
 * How much of the document's text sits on pages the extractor found garbled (broken ToUnicode
 * maps, glyph ids leaking through). The diagnostic is per page; weighting by characters tells a
 * garbled resume from one garbled page among readable ones.
 */
import type { CheckContext } from '../../types.js';
import { diagnosticPages, findDiagnostic } from './diagnostics.js';

/** From this share on, the ATS sees mostly noise: the blocker fires instead of the warning. */
export const MOSTLY_GARBLED = 0.5;

export interface GarbledShare {
  pages: number[];
  share: number;
  sample: string;
}

function charsByPage(context: CheckContext): Map<number, number> {
  const chars = new Map<number, number>();
  const add = (page: number, text: string) =>
    chars.set(page, (chars.get(page) ?? 0) + text.replace(/\s+/g, '').length);
  if (context.extracted.pages.some((page) => page.spans.length > 0)) {
    for (const page of context.extracted.pages)
      for (const span of page.spans) add(page.number, span.text);
  } else {
    for (const line of context.layout.lines) add(line.page, line.text);
  }
  return chars;
}

export function measureGarbled(context: CheckContext): GarbledShare | undefined {
  const diagnostic = findDiagnostic(context, 'pdf.garbled-text');
  const pages = diagnosticPages(diagnostic);
  if (pages.length === 0) return undefined;
  const chars = charsByPage(context);
  const total = [...chars.values()].reduce((sum, n) => sum + n, 0);
  const garbled = pages.reduce((sum, page) => sum + (chars.get(page) ?? 0), 0);
  // No measurable text but a garbled diagnostic: treat it as all garbled.
  const share = total === 0 ? 1 : garbled / total;
  return { pages, share, sample: diagnostic?.sample ?? '' };
}
