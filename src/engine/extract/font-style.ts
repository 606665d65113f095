/**
 * Bold and italic from a PDF font's real name. PDFs rarely set the descriptor's ForceBold/Italic
 * flags reliably, but names follow conventions: PostScript suffixes ("Arial-BoldMT",
 * "Lato-SemiboldItalic"), weight words ("Black", "Heavy", "Demi"), and TeX's Computer Modern /
 * Latin Modern codes ("CMBX10" bold extended, "CMTI10" text italic, "LMRoman10-Bold").
 */

/** Strips the subset tag ("ABCDEF+") that embedding tools prefix to font names. */
export function baseFontName(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, '');
}

const BOLD_WORD =
  /(bold|black|heavy|semibold|demibold|demi|extrabold|ultrabold|[-_ ,]bd\b|[-_]sb\b)/i;
/** TeX font codes: cmbx, cmb, cmssbx, lmbx, ptmb (Times bold), phvb (Helvetica bold). */
const TEX_BOLD = /^(cm|lm|ec)[a-z]*?bx[a-z]*\d+$|^(ptm|phv|ppl|pag|pnc|pbk)b[a-z]*\d/i;
const ITALIC_WORD = /(italic|oblique|slant|[-_ ,]it\b|[-_]obl\b)/i;
/** TeX: cmti (text italic), cmsl (slanted), cmmi (math italic), cmbxti, lmromanslant. */
const TEX_ITALIC = /^(cm|lm|ec)[a-z]*?(ti|sl|mi|it)\d+$|^(ptm|phv|ppl|pag|pnc|pbk)[a-z][io]\d/i;

export interface FontStyle {
  bold: boolean;
  italic: boolean;
}

export function classifyFontStyle(
  name: string,
  flags: { bold?: boolean; italic?: boolean; black?: boolean } = {},
): FontStyle {
  const base = baseFontName(name);
  // The part after the family ("Bold", "BoldItalic", "BdIt"); families like "Blackadder" aside,
  // weight words anywhere in the name are a reliable signal in practice.
  const bold = Boolean(flags.bold || flags.black) || BOLD_WORD.test(base) || TEX_BOLD.test(base);
  const italic = Boolean(flags.italic) || ITALIC_WORD.test(base) || TEX_ITALIC.test(base);
  return { bold, italic };
}
