/** Types for what extraction produces: bytes in, `ExtractedDocument` out. */

export type DocumentFormat = 'pdf' | 'docx' | 'doc' | 'txt' | 'md';

/** A rectangle in PDF points with the origin at the page's top-left corner, y growing downwards. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One positioned run of text as the PDF backend reports it. */
export interface TextSpan {
  text: string;
  /** 1-based page number. */
  page: number;
  box: Box;
  /** Baseline y in top-left coordinates. */
  baseline: number;
  fontSize: number;
  fontName: string;
  bold: boolean;
  italic: boolean;
  /** Fill colour as #rrggbb when the backend knows it. */
  color?: string;
  /** Text direction as reported by the backend. */
  direction?: 'ltr' | 'rtl' | 'ttb';
  /** True when the run ends with an end-of-line marker in the content stream. */
  hasEol?: boolean;
  /**
   * Drawn with an invisible text rendering mode (3 or 7): the OCR layer of a scanned page, or
   * hidden text. Kept, because ATS software reads it too.
   */
  invisible?: boolean;
}

export interface PageInfo {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  /** Raster images drawn on the page. */
  imageCount: number;
  /** Share of the page area covered by raster images, 0..1. */
  imageCoverage: number;
  /** Vector path painting operations (charts, rules, outlined text). */
  vectorOpCount: number;
}

export interface LinkAnnotation {
  page: number;
  box?: Box;
  url: string;
}

/** Paragraph-level structure from flow formats (DOCX, DOC, TXT, Markdown). */
export interface FlowBlock {
  kind: 'paragraph' | 'heading' | 'list-item' | 'table-cell';
  text: string;
  /** Where the block was found; header and footer blocks are kept but marked. */
  zone: 'body' | 'header' | 'footer' | 'textbox' | 'footnote';
  /** 1..6 for headings (from styles or Markdown #). */
  headingLevel?: number;
  /** Nesting level for list items, 0-based. */
  listLevel?: number;
  /** For table cells: which table, row and cell, 0-based. */
  table?: { index: number; row: number; cell: number };
  bold?: boolean;
  italic?: boolean;
  /** Largest font size in points, when known. */
  fontSize?: number;
  /** Hyperlink targets within this block. */
  links?: string[];
  /** Style name as written in the source (e.g. "Heading1"). */
  style?: string;
  /** 1-based page, when the source records page breaks (DOCX rendered or explicit breaks). */
  page?: number;
}

export interface DocumentMetadata {
  title?: string;
  author?: string;
  creator?: string;
  producer?: string;
  created?: string;
  modified?: string;
  language?: string;
}

/**
 * Stable codes for document problems found during extraction. They are data, not exceptions:
 * the health checks turn them into findings.
 */
export type ExtractionDiagnosticCode =
  | 'pdf.encrypted'
  | 'pdf.no-text-layer'
  | 'pdf.vector-outlined-text'
  | 'pdf.garbled-text'
  | 'pdf.private-use-glyphs'
  | 'pdf.ligatures'
  | 'pdf.letter-spaced-text'
  | 'pdf.type3-fonts'
  | 'pdf.unembedded-fonts'
  | 'pdf.form-fields'
  | 'pdf.scanned-pages'
  | 'pdf.hidden-text'
  | 'pdf.xfa-form'
  | 'doc.pages-truncated'
  | 'docx.external-relationships'
  | 'docx.macros'
  | 'docx.embedded-objects'
  | 'text.encoding-fallback'
  | 'text.replacement-characters';

export interface ExtractionDiagnostic {
  code: ExtractionDiagnosticCode;
  /** Pages concerned (1-based), when page-specific. */
  pages?: number[];
  /** How many items were affected. */
  count?: number;
  /** A short sample of affected text for evidence. */
  sample?: string;
  /** Extra machine-readable facts (font names, totals). */
  params?: Record<string, string | number | boolean>;
}

export interface FontInfo {
  name: string;
  type?: string;
  embedded?: boolean;
}

export interface ExtractedPage extends PageInfo {
  /** Positioned text (PDF only; empty for flow formats). */
  spans: TextSpan[];
}

export interface ExtractedDocument {
  format: DocumentFormat;
  /** Pages in the file (for flow formats: as declared by the document, else 1). */
  pageCount: number;
  /** Pages actually analysed (at most the page limit). */
  pagesAnalyzed: number;
  byteLength: number;
  pages: ExtractedPage[];
  /** Structured flow content for DOCX, DOC, TXT and Markdown; empty for PDF. */
  blocks: FlowBlock[];
  links: LinkAnnotation[];
  fonts: FontInfo[];
  metadata: DocumentMetadata;
  diagnostics: ExtractionDiagnostic[];
}
