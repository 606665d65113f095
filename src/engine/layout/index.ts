/** `ExtractedDocument` in, lines in reading order out. */
import type { ExtractedDocument } from '../model/document.js';
import type { LayoutDocument } from '../model/layout.js';
import type { Budget } from '../options.js';
import { layoutFlowDocument } from './flow.js';
import { layoutPositionedDocument } from './positioned.js';

export function buildLayout(doc: ExtractedDocument, budget?: Budget): LayoutDocument {
  return doc.format === 'pdf' ? layoutPositionedDocument(doc, budget) : layoutFlowDocument(doc);
}
