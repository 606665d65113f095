/**
 * The spans behind a 'pdf.hidden-text' diagnostic, for evidence and for keyword-stuffing checks.
 * Tiny and off-page text is recomputed from the spans; white-on-white needs the painted boxes only
 * the extractor saw, so white spans count when their text is in the diagnostic's sample.
 */
import type { TextSpan } from '../../../model/document.js';
import type { CheckContext } from '../../types.js';

const TINY_FONT_SIZE = 2;
/** White text over a picture is usually legible: a designed header, not hidden text. */
const PICTURE_PAGE_COVERAGE = 0.3;

export interface HiddenSpan {
  span: TextSpan;
  reason: 'tiny' | 'off-page' | 'white-on-white';
}

function isNearWhite(color: string | undefined): boolean {
  if (!color || !/^#[0-9a-f]{6}$/i.test(color)) return false;
  return [1, 3, 5].every((i) => parseInt(color.slice(i, i + 2), 16) >= 0xf0);
}

export function findHiddenSpans(context: CheckContext): HiddenSpan[] {
  const diagnostic = context.extracted.diagnostics.find((d) => d.code === 'pdf.hidden-text');
  if (!diagnostic) return [];
  const pages = new Set(diagnostic.pages ?? []);
  const sample = (diagnostic.sample ?? '').replace(/\s+/g, ' ');
  const hidden: HiddenSpan[] = [];
  for (const page of context.extracted.pages) {
    if (!pages.has(page.number)) continue;
    for (const span of page.spans) {
      const text = span.text.trim();
      if (!text) continue;
      const { x, y, width, height } = span.box;
      if (span.fontSize < TINY_FONT_SIZE) hidden.push({ span, reason: 'tiny' });
      else if (x > page.width || x + width < 0 || y > page.height || y + height < 0)
        hidden.push({ span, reason: 'off-page' });
      else if (
        isNearWhite(span.color) &&
        page.imageCoverage < PICTURE_PAGE_COVERAGE &&
        sample.includes(text.replace(/\s+/g, ' '))
      )
        hidden.push({ span, reason: 'white-on-white' });
    }
  }
  return hidden;
}
