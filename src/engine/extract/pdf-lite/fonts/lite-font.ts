/** What the content interpreter needs from a font (see index.ts). */

export interface LiteGlyph {
  /**
   * The text pdf.js reports for the code: the ToUnicode or encoding mapping, else the code itself
   * as a character (pdf.js's fallback, control characters included).
   */
  unicode: string;
  /** Horizontal advance in glyph space, 1/1000 em: /Widths or /W, else MissingWidth or /DW. */
  width: number;
  /** Code 32: word spacing (Tw) applies. pdf.js applies it to code 32 of multi-byte fonts too. */
  isWordSpace: boolean;
}

export interface LiteFont {
  /** The name pdf.js reports (usually BaseFont with its subset tag, e.g. 'ABCDEF+Lato-Bold'). */
  name: string;
  /** pdf.js's guess for substituted (unembedded, non-standard) fonts; false otherwise. */
  bold: boolean;
  italic: boolean;
  /** pdf.js has a program for it: embedded, or one of its bundled standard fonts. */
  embedded: boolean;
  vertical: boolean;
  /** In em, as pdf.js's text content styles report them; NaN where pdf.js has none. */
  ascent: number;
  descent: number;
  singleByte: boolean;
  /** Appends one glyph per character code of a shown string. The glyph objects are shared. */
  decode(bytes: Uint8Array, out: LiteGlyph[]): void;
}
