/**
 * Page-level findings about a PDF: missing text layer (scans, outlined text), hidden text, fonts
 * that extract badly (Type 3, unembedded) and form fields.
 */
import type { Box, ExtractionDiagnostic, FontInfo, TextSpan } from '../model/document.js';
import type { PdfBackendPage } from './pdf-backend.js';

/** Fewer visible characters than this and a page has no usable text layer. */
const MIN_PAGE_CHARS = 10;
/** An image covering half the page with no text is a scan (or a resume exported as a picture). */
const SCAN_COVERAGE = 0.5;
/** Outlined text draws every glyph as a path: hundreds of paths on a page with no text. */
const OUTLINED_VECTOR_OPS = 200;
/** Below 2pt nobody reads it; ATS keyword stuffing uses it. */
const TINY_FONT_SIZE = 2;

function visibleChars(spans: TextSpan[]): number {
  let count = 0;
  for (const span of spans) count += span.text.replace(/\s+/g, '').length;
  return count;
}

function isNearWhite(color: string | undefined): boolean {
  if (!color || !/^#[0-9a-f]{6}$/i.test(color)) return false;
  const channels = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  return channels.every((c) => c >= 0xf0);
}

function contains(box: Box, x: number, y: number): boolean {
  return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
}

function hiddenReason(span: TextSpan, page: PdfBackendPage): string | undefined {
  // Invisible text over a page-sized image is a scan's OCR layer: legitimate, and what ATS read.
  if (span.invisible) return page.imageCoverage >= SCAN_COVERAGE ? 'ocr-layer' : 'invisible';
  if (span.fontSize < TINY_FONT_SIZE) return 'tiny';
  const { x, y, width, height } = span.box;
  if (x > page.width || x + width < 0 || y > page.height || y + height < 0) return 'off-page';
  if (isNearWhite(span.color)) {
    const cx = x + width / 2;
    const cy = y + height / 2;
    if (!page.paintedBoxes.some((box) => contains(box, cx, cy))) return 'white-on-white';
  }
  return undefined;
}

export function diagnosePages(pages: PdfBackendPage[]): ExtractionDiagnostic[] {
  const diagnostics: ExtractionDiagnostic[] = [];
  const textless = pages.filter((page) => visibleChars(page.spans) < MIN_PAGE_CHARS);
  const scanned = textless.filter((page) => page.imageCoverage >= SCAN_COVERAGE);
  const outlined = textless.filter((page) => page.vectorOpCount >= OUTLINED_VECTOR_OPS);
  // A blank trailing page is not a missing text layer; a page with drawings but no text is.
  const noText =
    textless.length === pages.length ? textless : [...new Set([...scanned, ...outlined])];
  if (noText.length > 0) {
    diagnostics.push({
      code: 'pdf.no-text-layer',
      pages: noText.map((p) => p.number).sort((a, b) => a - b),
      count: noText.length,
      params: { pagesAnalyzed: pages.length },
    });
  }
  if (scanned.length > 0) {
    diagnostics.push({
      code: 'pdf.scanned-pages',
      pages: scanned.map((p) => p.number),
      count: scanned.length,
    });
  }
  if (outlined.length > 0 && outlined.length >= scanned.length) {
    diagnostics.push({
      code: 'pdf.vector-outlined-text',
      pages: outlined.map((p) => p.number),
      count: outlined.length,
    });
  }
  const hidden: Array<{ span: TextSpan; reason: string }> = [];
  for (const page of pages) {
    for (const span of page.spans) {
      const reason = hiddenReason(span, page);
      if (reason) hidden.push({ span, reason });
    }
  }
  if (hidden.length > 0) {
    const reasons = [...new Set(hidden.map((h) => h.reason))].join(',');
    diagnostics.push({
      code: 'pdf.hidden-text',
      pages: [...new Set(hidden.map((h) => h.span.page))],
      count: hidden.length,
      sample: hidden
        .map((h) => h.span.text)
        .join(' ')
        .slice(0, 80),
      params: { reasons },
    });
  }
  const formFields = pages.reduce((sum, page) => sum + page.formFieldCount, 0);
  if (formFields > 0) {
    diagnostics.push({
      code: 'pdf.form-fields',
      pages: pages.filter((p) => p.formFieldCount > 0).map((p) => p.number),
      count: formFields,
    });
  }
  return diagnostics;
}

export function diagnoseFonts(
  fonts: FontInfo[],
  pagesByFont: Map<string, number[]>,
): ExtractionDiagnostic[] {
  const diagnostics: ExtractionDiagnostic[] = [];
  const report = (code: 'pdf.type3-fonts' | 'pdf.unembedded-fonts', matching: FontInfo[]) => {
    if (matching.length === 0) return;
    const pages = [...new Set(matching.flatMap((f) => pagesByFont.get(f.name) ?? []))].sort(
      (a, b) => a - b,
    );
    const names = matching
      .map((f) => f.name)
      .join(', ')
      .slice(0, 200);
    diagnostics.push({
      code,
      pages,
      count: matching.length,
      sample: names,
      params: { fonts: names },
    });
  };
  report(
    'pdf.type3-fonts',
    fonts.filter((f) => f.type === 'Type3'),
  );
  report(
    'pdf.unembedded-fonts',
    fonts.filter((f) => f.embedded === false),
  );
  return diagnostics;
}
