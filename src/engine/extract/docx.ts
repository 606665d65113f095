/**
 * DOCX extraction: a bounded ZIP container, safe XML, and WordprocessingML read into flow blocks
 * with headings, lists, tables, text boxes, headers/footers (marked) and hyperlink targets.
 * External relationships are recorded, never followed.
 */
import { EngineError } from '../errors.js';
import type { ExtractedDocument, FlowBlock, LinkAnnotation } from '../model/document.js';
import type { ExtractContext } from './context.js';
import { readBlocks, type BodyContext } from './docx-body.js';
import { readNumbering } from './docx-numbering.js';
import {
  findMainDocumentPath,
  readFonts,
  readMetadata,
  readRelationships,
  readXmlPart,
  scanPackageRisks,
  type Relationship,
} from './docx-parts.js';
import { readStyleSheet } from './docx-styles.js';
import { decodeXmlBytes, firstChild, parseXml } from './xml.js';
import { openZip } from './zip.js';

export async function extractDocx(
  bytes: Uint8Array,
  context: ExtractContext,
): Promise<ExtractedDocument> {
  const zip = openZip(bytes, context.limits, context.budget);
  const mainPath = findMainDocumentPath(zip, context);
  const documentBytes = zip.read(mainPath);
  if (!documentBytes) throw new EngineError('DOCX_CORRUPT', { reason: 'no-main-document' });
  const documentXml = decodeXmlBytes(documentBytes);
  const documentRoot = parseXml(documentXml, {
    maxDepth: context.limits.maxXmlDepth,
    budget: context.budget,
  });
  const body = firstChild(documentRoot, 'w:body');
  if (!body) throw new EngineError('DOCX_CORRUPT', { reason: 'no-document-body' });
  const rels = readRelationships(zip, mainPath, context);
  const partOf = (type: string) =>
    [...rels.values()].filter((rel) => rel.type === type && !rel.isExternal);
  const styles = readStyleSheet(
    readXmlPart(zip, partOf('styles')[0]?.target ?? 'word/styles.xml', context),
  );
  const numberingPath = partOf('numbering')[0]?.target;
  const numbering = readNumbering(
    numberingPath ? readXmlPart(zip, numberingPath, context) : undefined,
  );
  const bodyContext: BodyContext = {
    styles,
    numbering,
    rels,
    budget: context.budget,
    blocks: [],
    tableCount: 0,
    page: 1,
    // Word records where it last paginated; prefer that to counting only hard breaks.
    useRenderedBreaks: documentXml.includes('w:lastRenderedPageBreak'),
  };
  readBlocks(body, 'body', bodyContext);
  const maxPages = context.limits.maxPages;
  const bodyBlocks = bodyContext.blocks.filter((block) => (block.page ?? 1) <= maxPages);

  const readSide = (parts: Relationship[], zone: FlowBlock['zone'], container: string) => {
    const blocks: FlowBlock[] = [];
    for (const part of parts) {
      const root = readXmlPart(zip, part.target, context);
      if (!root) continue;
      const partRels = readRelationships(zip, part.target, context);
      const sideContext = { ...bodyContext, rels: partRels, blocks: [] as FlowBlock[] };
      if (container) {
        for (const note of root.children) {
          if (typeof note === 'string' || note.name !== container || note.attrs['w:type']) continue;
          readBlocks(note, zone, sideContext);
        }
      } else readBlocks(root, zone, sideContext);
      bodyContext.tableCount = sideContext.tableCount;
      blocks.push(...sideContext.blocks);
    }
    return dedupeByText(blocks);
  };
  const headers = readSide(partOf('header'), 'header', '');
  const footers = readSide(partOf('footer'), 'footer', '');
  const notes = [
    ...readSide(partOf('footnotes'), 'footnote', 'w:footnote'),
    ...readSide(partOf('endnotes'), 'footnote', 'w:endnote'),
  ];
  const blocks = [...headers, ...bodyBlocks, ...footers, ...notes];

  const { metadata, pages } = readMetadata(zip, context);
  const lastBodyPage = bodyContext.blocks.reduce((max, block) => Math.max(max, block.page ?? 1), 1);
  const pageCount = Math.max(pages ?? lastBodyPage, lastBodyPage);
  const truncated = bodyBlocks.length < bodyContext.blocks.length;
  const diagnostics = scanPackageRisks(zip, context);
  if (truncated)
    diagnostics.push({ code: 'doc.pages-truncated', params: { pages: pageCount, maxPages } });
  const fontTable = partOf('fontTable')[0]?.target;
  return {
    format: 'docx',
    pageCount,
    pagesAnalyzed: Math.min(pageCount, maxPages),
    byteLength: bytes.length,
    pages: [],
    blocks,
    links: collectLinks(blocks),
    fonts: fontTable ? readFonts(zip, fontTable, context) : [],
    metadata,
    diagnostics,
  };
}

/** First, default and even-page headers usually repeat the same text; keep it once. */
function dedupeByText(blocks: FlowBlock[]): FlowBlock[] {
  const seen = new Set<string>();
  return blocks.filter((block) => {
    if (seen.has(block.text)) return false;
    seen.add(block.text);
    return true;
  });
}

function collectLinks(blocks: FlowBlock[]): LinkAnnotation[] {
  const links: LinkAnnotation[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    for (const url of block.links ?? []) {
      if (seen.has(url)) continue;
      seen.add(url);
      links.push({ page: block.page ?? 1, url });
    }
  }
  return links;
}
