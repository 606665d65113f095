/**
 * Fonts the PDF names but does not carry: the reader substitutes another font, so the resume may
 * look different (and wrap differently) on the recruiter's screen. Text extraction is unaffected,
 * hence a tip. The standard PDF fonts are always available and do not count.
 */
import type { TipCheck } from '../types.js';
import { pagesEvidence } from './support/evidence.js';

/** The base-14 fonts and their common aliases: every PDF reader has them. */
const STANDARD_FONT =
  /^(?:[A-Z]{6}\+)?(?:helvetica|arial|arialmt|times|timesnewroman|timesnewromanps|courier|couriernew|symbol|zapfdingbats)(?:[-,].*|ps.*|mt)?$/i;

export const unembeddedFonts: TipCheck = {
  id: 'parseability.unembedded-fonts',
  category: 'parseability',
  severity: 'tip',
  appliesTo: { formats: ['pdf'] },
  codes: ['parseability.unembedded-fonts'],
  run(context) {
    const fonts = context.extracted.fonts
      .filter(
        (font) => font.embedded === false && !STANDARD_FONT.test(font.name.replace(/\s+/g, '')),
      )
      .map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
    if (fonts.length === 0) return [];
    const diagnostic = context.extracted.diagnostics.find((d) => d.code === 'pdf.unembedded-fonts');
    const pages = diagnostic?.pages?.length ? diagnostic.pages : [1];
    return [
      {
        code: 'parseability.unembedded-fonts',
        params: { fonts: [...new Set(fonts)], count: new Set(fonts).size },
        evidence: pagesEvidence(context, pages, 1),
      },
    ];
  },
};
