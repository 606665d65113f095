/**
 * The page tree (PDF 32000-1:2008, 7.7.3) read the way pdf.js reads it: leaves in order,
 * inheritable attributes looked up through /Parent, resources merged key by key, boxes
 * normalised, and the view transform of pdf.js's PageViewport at scale 1.
 */
import {
  PdfStream,
  PdfUnsupported,
  isDict,
  type Matrix,
  type PdfDict,
  type PdfResolver,
  type PdfValue,
} from './objects.js';

export type Rect = [number, number, number, number];

export interface LitePage {
  dict: PdfDict;
  resources: PdfDict;
  /** All content streams decoded and joined with a newline. */
  contents: Uint8Array;
  /** CropBox ∩ MediaBox, normalised. */
  view: Rect;
  rotate: 0 | 90 | 180 | 270;
  userUnit: number;
  /** /Annots, inherited like pdf.js reads it. */
  annots: PdfValue;
}

const MAX_TREE_DEPTH = 64;
const MAX_PAGES = 10_000;
/** pdf.js's default page size when no usable MediaBox is found. */
const LETTER: Rect = [0, 0, 612, 792];

/**
 * The pages in pdf.js's order and number. pdf.js trusts the root /Count when its last page can be
 * found (skipping subtrees by their /Count), and otherwise counts the leaves; a tree whose inner
 * /Count values would make it number pages differently from a plain walk is refused.
 */
export function collectPages(resolver: PdfResolver, catalog: PdfDict): PdfDict[] {
  const root = resolver.resolve(catalog.get('Pages'));
  if (!isDict(root)) throw new PdfUnsupported('no page tree');
  const pages: PdfDict[] = [];
  const visited = new Set<PdfDict>();
  let consistent = true;
  const walk = (node: PdfDict, depth: number): number => {
    if (depth > MAX_TREE_DEPTH || visited.has(node)) throw new PdfUnsupported('bad page tree');
    visited.add(node);
    if (node.get('Type') === 'Page' || !node.has('Kids')) {
      if (pages.length >= MAX_PAGES) throw new PdfUnsupported('too many pages');
      pages.push(node);
      return 1;
    }
    const kids = resolver.resolve(node.get('Kids'));
    if (!Array.isArray(kids)) throw new PdfUnsupported('bad page tree kids');
    let leaves = 0;
    for (const kid of kids) {
      const child = resolver.resolve(kid);
      if (!isDict(child)) throw new PdfUnsupported('bad page tree node');
      leaves += walk(child, depth + 1);
    }
    const count = resolver.resolve(node.get('Count'));
    if (depth > 0 && isCount(count) && count !== leaves) consistent = false;
    return leaves;
  };
  walk(root, 0);
  const count = resolver.resolve(root.get('Count'));
  // No usable count, or one past the last leaf: pdf.js falls back to counting the leaves.
  if (!Number.isInteger(count) || (count as number) > pages.length) return pages;
  if ((count as number) < 1 || !consistent) throw new PdfUnsupported('page count mismatch');
  return pages.slice(0, count as number);
}

function isCount(value: PdfValue): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** The values of an inheritable key from the page up its /Parent chain, nearest first. */
function inherited(resolver: PdfResolver, dict: PdfDict, key: string): PdfValue[] {
  const values: PdfValue[] = [];
  const visited = new Set<PdfDict>();
  let node: PdfValue = dict;
  while (isDict(node) && !visited.has(node) && visited.size < MAX_TREE_DEPTH) {
    visited.add(node);
    const value = resolver.resolve(node.get(key));
    if (value !== null) values.push(value);
    node = resolver.resolve(node.get('Parent'));
  }
  return values;
}

function box(resolver: PdfResolver, dict: PdfDict, key: string): Rect | undefined {
  const value = inherited(resolver, dict, key)[0];
  if (!Array.isArray(value) || value.length !== 4) return undefined;
  const n = value.map((item) => resolver.resolve(item));
  if (!n.every((item) => typeof item === 'number')) return undefined;
  const [a, b, c, d] = n as [number, number, number, number];
  const rect: Rect = [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
  return rect[2] - rect[0] > 0 && rect[3] - rect[1] > 0 ? rect : undefined;
}

/** pdf.js merges inherited /Resources key by key, the nearest dictionary winning. */
function resources(resolver: PdfResolver, dict: PdfDict): PdfDict {
  const found = inherited(resolver, dict, 'Resources').filter(isDict);
  if (found.length <= 1) return found[0] ?? new Map();
  const merged: PdfDict = new Map();
  for (const level of found) {
    for (const [key, value] of level) if (!merged.has(key)) merged.set(key, value);
  }
  return merged;
}

function contents(resolver: PdfResolver, dict: PdfDict): Uint8Array {
  const value = resolver.resolve(dict.get('Contents'));
  const items = Array.isArray(value) ? value : [value];
  const parts: Uint8Array[] = [];
  for (const item of items) {
    const stream = resolver.resolve(item);
    if (stream === null) continue;
    if (!(stream instanceof PdfStream)) throw new PdfUnsupported('bad page contents');
    parts.push(resolver.decode(stream));
  }
  if (parts.length === 1) return parts[0]!;
  const size = parts.reduce((sum, part) => sum + part.length + 1, 0);
  const out = new Uint8Array(Math.max(0, size - 1));
  let at = 0;
  for (const part of parts) {
    if (at > 0) out[at++] = 10;
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function readPage(resolver: PdfResolver, dict: PdfDict): LitePage {
  const mediaBox = box(resolver, dict, 'MediaBox') ?? LETTER;
  const cropBox = box(resolver, dict, 'CropBox') ?? mediaBox;
  let view = mediaBox;
  const x0 = Math.max(cropBox[0], mediaBox[0]);
  const y0 = Math.max(cropBox[1], mediaBox[1]);
  const x1 = Math.min(cropBox[2], mediaBox[2]);
  const y1 = Math.min(cropBox[3], mediaBox[3]);
  if (x1 - x0 > 0 && y1 - y0 > 0) view = [x0, y0, x1, y1];
  const rotateValue = inherited(resolver, dict, 'Rotate')[0];
  let rotate = typeof rotateValue === 'number' ? rotateValue : 0;
  rotate = rotate % 90 !== 0 ? 0 : ((rotate % 360) + 360) % 360;
  const unit = resolver.resolve(dict.get('UserUnit'));
  return {
    dict,
    resources: resources(resolver, dict),
    contents: contents(resolver, dict),
    view,
    rotate: rotate as LitePage['rotate'],
    userUnit: typeof unit === 'number' && unit > 0 ? unit : 1,
    annots: inherited(resolver, dict, 'Annots')[0] ?? null,
  };
}

/** pdf.js's PageViewport at scale 1: the page's user space to top-left view coordinates. */
export function pageViewport(page: Pick<LitePage, 'view' | 'rotate' | 'userUnit'>): {
  transform: Matrix;
  width: number;
  height: number;
} {
  const [x0, y0, x1, y1] = page.view;
  const scale = page.userUnit;
  const centerX = (x0 + x1) / 2;
  const centerY = (y0 + y1) / 2;
  const [a, b, c, d] =
    page.rotate === 90
      ? [0, 1, 1, 0]
      : page.rotate === 180
        ? [-1, 0, 0, 1]
        : page.rotate === 270
          ? [0, -1, -1, 0]
          : [1, 0, 0, -1];
  const swapped = a === 0;
  const offsetX = Math.abs((swapped ? centerY - y0 : centerX - x0) * scale);
  const offsetY = Math.abs((swapped ? centerX - x0 : centerY - y0) * scale);
  const width = (swapped ? y1 - y0 : x1 - x0) * scale;
  const height = (swapped ? x1 - x0 : y1 - y0) * scale;
  return {
    transform: [
      a * scale,
      b * scale,
      c * scale,
      d * scale,
      offsetX - a * scale * centerX - c * scale * centerY,
      offsetY - b * scale * centerX - d * scale * centerY,
    ],
    width,
    height,
  };
}
