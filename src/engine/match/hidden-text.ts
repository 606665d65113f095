/**
 * Text an ATS reads but a recruiter never sees: invisible spans (not a scan's OCR layer), text
 * under 2 pt, text off the page, white text on a white page. Keywords found only there are
 * stuffing and count against the match. Only looked for when extraction raised 'pdf.hidden-text'.
 */
import type { ExtractedDocument, ExtractedPage, TextSpan } from '../model/document.js';

/** The same thresholds the extractor uses for the 'pdf.hidden-text' diagnostic. */
const TINY_FONT_SIZE = 2;
const SCAN_COVERAGE = 0.5;
/** White text over a picture is usually a designed header, not hidden text. */
const PICTURE_PAGE_COVERAGE = 0.3;

export function collectHiddenText(extracted: ExtractedDocument): string {
  const diagnostic = extracted.diagnostics.find((d) => d.code === 'pdf.hidden-text');
  if (!diagnostic) return '';
  // Only the extractor saw which boxes were painted; a white span counts when it sampled it.
  const sample = (diagnostic.sample ?? '').replace(/\s+/g, ' ');
  const texts: string[] = [];
  for (const page of extracted.pages) {
    for (const span of page.spans) {
      const text = span.text.trim();
      if (text && isHidden(span, page, sample.includes(text.replace(/\s+/g, ' ')))) {
        texts.push(span.text);
      }
    }
  }
  return texts.join('\n');
}

function isHidden(span: TextSpan, page: ExtractedPage, isSampled: boolean): boolean {
  if (span.invisible) return page.imageCoverage < SCAN_COVERAGE;
  if (span.fontSize < TINY_FONT_SIZE) return true;
  const { x, y, width, height } = span.box;
  if (x > page.width || x + width < 0 || y > page.height || y + height < 0) return true;
  return isSampled && isNearWhite(span.color) && page.imageCoverage < PICTURE_PAGE_COVERAGE;
}

function isNearWhite(color: string | undefined): boolean {
  if (!color || !/^#[0-9a-f]{6}$/i.test(color)) return false;
  return [1, 3, 5].every((i) => parseInt(color.slice(i, i + 2), 16) >= 0xf0);
}
