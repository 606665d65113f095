/** Types for the reading-order view that layout builds from an `ExtractedDocument`. */
import type { Box, DocumentFormat, ExtractedDocument } from './document.js';

export type Zone = 'body' | 'header' | 'footer';

/** One line of text in reading order: what the parser reads. */
export interface Line {
  /** Position in reading order, 0-based. */
  index: number;
  text: string;
  page: number;
  /** Absent for flow formats. */
  box?: Box;
  fontSize?: number;
  bold: boolean;
  italic: boolean;
  zone: Zone;
  /** Which flow this line belongs to: the main column, or a sidebar read as its own flow. */
  flow: 'main' | 'sidebar';
  /** Column index on its page, 0 = leftmost. */
  column: number;
  /** Vertical gap to the previous line of the same flow, in points (PDF only). */
  gapBefore?: number;
  /** Structure known from the source format (DOCX styles, Markdown). */
  headingLevel?: number;
  listItem?: boolean;
  listLevel?: number;
  table?: { index: number; row: number; cell: number };
  /**
   * True when the line begins with a bullet glyph (kept in `text`; symbol-font bullets such as
   * Word's U+F0B7 are rewritten to "•").
   */
  bullet?: boolean;
  /**
   * The bold run the line starts with when the rest of the line is not bold ("Senior Analyst" in
   * "**Senior Analyst** – Acme"), an entry-title signal. Absent when the whole line is bold.
   */
  boldPrefix?: string;
  /** Hyperlink targets attached to this line's text. */
  links: string[];
  /** Text repeated on every page (running heads, page numbers). */
  repeated?: boolean;
}

export interface ColumnInfo {
  page: number;
  /** Number of text columns detected on the page. */
  count: number;
  /** x ranges of each column in points. */
  ranges: Array<{ x0: number; x1: number }>;
}

export interface ReadingOrderRepair {
  page: number;
  /** What had to be done: interleaved columns separated, sidebar split off, table read by rows. */
  kind: 'columns' | 'sidebar' | 'table' | 'rotated';
  /** Lines that moved, as a count. */
  linesMoved: number;
}

export interface LayoutDocument {
  format: DocumentFormat;
  lines: Line[];
  /** The highest column count on any page. */
  columns: number;
  columnsByPage: ColumnInfo[];
  repairs: ReadingOrderRepair[];
  /** Texts repeated on each page (after normalising digits). */
  repeatedTexts: string[];
  /** Median body font size in points, when known. */
  bodyFontSize?: number;
  source: ExtractedDocument;
}
