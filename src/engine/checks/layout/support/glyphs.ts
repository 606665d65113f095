/** Icon and bullet glyph classes shared by the layout checks. */

/**
 * Icon glyphs: private-use code points (icon fonts such as FontAwesome map there), pictographs,
 * dingbats, arrows and emoji. Letters, digits and ordinary punctuation never match.
 */
export const ICON_GLYPH =
  /[\p{Co}\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\u{1f300}-\u{1faff}]/u;

/**
 * Bullets every ATS keeps or drops cleanly. U+F0B7 and U+F0A7 are Word's default Symbol and
 * Wingdings bullets as PDFs export them: the user did not choose them, and they are ubiquitous.
 */
export const STANDARD_BULLET = /^[•·▪▫◦●○■□∙‣⁃*\-–—\uf0b7\uf0a7]$/u;
