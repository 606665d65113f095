/**
 * Package-level reading for DOCX: relationships, part paths, metadata and the risk signals
 * (external relationships, macros, embedded objects) found without opening the body.
 */
import type { DocumentMetadata, ExtractionDiagnostic, FontInfo } from '../model/document.js';
import type { ExtractContext } from './context.js';
import { childElements, firstChild, parseXml, textContent, type XmlElement } from './xml.js';
import type { ZipArchive } from './zip.js';

export interface Relationship {
  id: string;
  /** Last segment of the relationship type URI, e.g. `hyperlink`, `styles`, `header`. */
  type: string;
  target: string;
  isExternal: boolean;
}

export function readXmlPart(
  zip: ZipArchive,
  path: string,
  context: ExtractContext,
): XmlElement | undefined {
  const data = zip.read(path);
  if (!data) return undefined;
  return parseXml(data, { maxDepth: context.limits.maxXmlDepth, budget: context.budget });
}

/** Relationships of `partPath`, stored in `<dir>/_rels/<name>.rels`. Targets are never fetched. */
export function readRelationships(
  zip: ZipArchive,
  partPath: string,
  context: ExtractContext,
): Map<string, Relationship> {
  const slash = partPath.lastIndexOf('/');
  const relsPath = `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
  const root = readXmlPart(zip, relsPath, context);
  const out = new Map<string, Relationship>();
  if (!root) return out;
  for (const rel of childElements(root, 'Relationship')) {
    const id = rel.attrs.Id;
    if (!id) continue;
    const isExternal = rel.attrs.TargetMode === 'External';
    const target = rel.attrs.Target ?? '';
    out.set(id, {
      id,
      type: (rel.attrs.Type ?? '').split('/').pop() ?? '',
      target: isExternal ? target : resolvePartPath(partPath, target),
      isExternal,
    });
  }
  return out;
}

/** Resolves a relationship target against its source part (OPC part names, RFC 3986 style). */
export function resolvePartPath(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = sourcePart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** The main document part, found through the package relationships as OPC requires. */
export function findMainDocumentPath(zip: ZipArchive, context: ExtractContext): string {
  const rels = readRelationships(zip, '', context);
  for (const rel of rels.values()) {
    if (rel.type === 'officeDocument' && !rel.isExternal && zip.get(rel.target)) return rel.target;
  }
  return 'word/document.xml';
}

/**
 * External relationships other than hyperlinks (attached templates, frames, linked objects) are
 * how remote-template attacks work. They are counted here and never followed.
 */
export function scanPackageRisks(zip: ZipArchive, context: ExtractContext): ExtractionDiagnostic[] {
  const diagnostics: ExtractionDiagnostic[] = [];
  const externalTypes = new Set<string>();
  let externalCount = 0;
  let embeddedCount = 0;
  let hasMacros = false;
  for (const entry of zip.entries) {
    const name = entry.name.toLowerCase();
    if (name.endsWith('vbaproject.bin')) hasMacros = true;
    if (name.includes('/embeddings/')) embeddedCount++;
    if (!name.endsWith('.rels')) continue;
    const root = readXmlPart(zip, entry.name, context);
    for (const rel of root ? childElements(root, 'Relationship') : []) {
      const type = (rel.attrs.Type ?? '').split('/').pop() ?? '';
      if (rel.attrs.TargetMode === 'External' && type !== 'hyperlink') {
        externalCount++;
        externalTypes.add(type);
      }
    }
  }
  if (externalCount > 0) {
    diagnostics.push({
      code: 'docx.external-relationships',
      count: externalCount,
      params: { types: [...externalTypes].sort().join(',') },
    });
  }
  if (hasMacros) diagnostics.push({ code: 'docx.macros' });
  if (embeddedCount > 0) diagnostics.push({ code: 'docx.embedded-objects', count: embeddedCount });
  return diagnostics;
}

export function readMetadata(
  zip: ZipArchive,
  context: ExtractContext,
): { metadata: DocumentMetadata; pages?: number } {
  const metadata: DocumentMetadata = {};
  const core = readXmlPart(zip, 'docProps/core.xml', context);
  const take = (root: XmlElement | undefined, name: string) => {
    const element = firstChild(root, name);
    const value = element ? textContent(element).trim() : '';
    return value || undefined;
  };
  const fields: Array<[keyof DocumentMetadata, string]> = [
    ['title', 'dc:title'],
    ['author', 'dc:creator'],
    ['created', 'dcterms:created'],
    ['modified', 'dcterms:modified'],
    ['language', 'dc:language'],
  ];
  for (const [key, name] of fields) {
    const value = take(core, name);
    if (value) metadata[key] = value;
  }
  const app = readXmlPart(zip, 'docProps/app.xml', context);
  const application = take(app, 'Application');
  if (application) metadata.creator = application;
  const pages = Number(take(app, 'Pages'));
  return Number.isInteger(pages) && pages > 0 ? { metadata, pages } : { metadata };
}

export function readFonts(zip: ZipArchive, path: string, context: ExtractContext): FontInfo[] {
  const root = readXmlPart(zip, path, context);
  if (!root) return [];
  return childElements(root, 'w:font')
    .filter((font) => font.attrs['w:name'])
    .map((font) => ({
      name: font.attrs['w:name']!,
      embedded: font.children.some((c) => typeof c !== 'string' && c.name.startsWith('w:embed')),
    }));
}
