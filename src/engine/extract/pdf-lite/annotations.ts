/**
 * Link and form-widget annotations of a page, the same `links` and `formFieldCount` that
 * pdfjs-backend.ts derives from pdf.js's getAnnotations: Link annotations whose action yields a
 * URL (URI, Launch and GoToR file names, URLs opened by a script), reported as pdf.js's `url`
 * when it is a valid absolute http(s)/ftp/mailto/tel URL, else its raw `unsafeUrl`, in /Annots
 * order, rectangles mapped through the view transform.
 */
import type { LinkAnnotation } from '../../model/document.js';
import { decodeTextString } from './text-string.js';
import {
  PdfStream,
  PdfUnsupported,
  isBytes,
  isDict,
  type Matrix,
  type PdfDict,
  type PdfResolver,
  type PdfValue,
} from './objects.js';
import { latin1 } from './lexer.js';

/** Annotation flag NoView (12.5.3); Invisible is ignored for the subtypes pdf.js implements. */
const NO_VIEW = 32;

/** pdf.js's tryConvertEncoding: the URI's bytes read as UTF-8 when they are valid UTF-8. */
function toUtf8(text: string): string {
  if (!/[\x80-\xff]/.test(text)) return text;
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

function parseUrl(url: string, base?: string): URL | undefined {
  try {
    return base ? new URL(url, base) : new URL(url);
  } catch {
    return undefined;
  }
}

const VALID_PROTOCOLS = new Set(['http:', 'https:', 'ftp:', 'mailto:', 'tel:']);

/** pdf.js's createValidAbsoluteUrl. */
function validAbsoluteUrl(url: string, base: string | undefined, addDefaultProtocol: boolean) {
  let text = url;
  if (addDefaultProtocol && text.startsWith('www.') && (text.match(/\./g)?.length ?? 0) >= 2) {
    text = `http://${text}`;
  }
  const parsed = parseUrl(toUtf8(text), base);
  return parsed && VALID_PROTOCOLS.has(parsed.protocol) ? parsed : undefined;
}

/** The catalog's /URI /Base, which pdf.js resolves relative link URIs against. */
export function readBaseUrl(resolver: PdfResolver, catalog: PdfDict): string | undefined {
  const uri = resolver.resolve(catalog.get('URI'));
  if (!isDict(uri)) return undefined;
  const base = resolver.resolve(uri.get('Base'));
  return isBytes(base) && base.length > 0
    ? validAbsoluteUrl(latin1(base, 0, base.length), undefined, false)?.href
    : undefined;
}

/** The action of a link as pdf.js's parseDestDictionary picks it. */
function linkAction(resolver: PdfResolver, annotation: PdfDict): PdfValue {
  const action = resolver.resolve(annotation.get('A'));
  if (isDict(action)) return action;
  if (annotation.has('Dest')) return null;
  const additional = resolver.resolve(annotation.get('AA'));
  if (!isDict(additional)) return null;
  if (additional.has('D')) return resolver.resolve(additional.get('D'));
  return additional.has('U') ? resolver.resolve(additional.get('U')) : null;
}

/** A file specification's file name as pdf.js's FileSpec gives it (7.11). */
function fileName(resolver: PdfResolver, spec: PdfDict): string {
  for (const key of ['UF', 'F', 'Unix', 'Mac', 'DOS']) {
    if (!spec.has(key)) continue;
    const item = resolver.resolve(spec.get(key));
    if (!isBytes(item) || item.length === 0) return '';
    return decodeTextString(item, true)
      .replaceAll('\\\\', '\\')
      .replaceAll('\\/', '/')
      .replaceAll('\\', '/');
  }
  return '';
}

/** The destination inside a remote file, or undefined; explicit (array) ones are left to pdf.js. */
function remoteDestination(resolver: PdfResolver, action: PdfDict): string | undefined {
  const dest = resolver.resolve(action.get('D'));
  if (typeof dest === 'string') return dest;
  if (isBytes(dest)) return decodeTextString(dest, true);
  if (Array.isArray(dest)) throw new PdfUnsupported('explicit remote destination');
  return undefined;
}

/** The URL a script opens (pdf.js's recoverJsURL). */
const SCRIPT_URL =
  /^\s*(app\.launchURL|window\.open|xfa\.host\.gotoURL)\((?:'|")([^'"]*)(?:'|")(?:,\s*(\w+)\)|\))/i;

function scriptUrl(resolver: PdfResolver, action: PdfDict): string | undefined {
  const js = resolver.resolve(action.get('JS'));
  const source = js instanceof PdfStream ? resolver.decode(js) : isBytes(js) ? js : undefined;
  if (!source || source.length === 0) return undefined;
  return SCRIPT_URL.exec(decodeTextString(source, true))?.[2] || undefined;
}

/** The raw URL of a link as pdf.js's parseDestDictionary finds it. */
function rawLinkUrl(resolver: PdfResolver, annotation: PdfDict): string | undefined {
  const action = linkAction(resolver, annotation);
  if (!isDict(action)) return undefined;
  const type = resolver.resolve(action.get('S'));
  if (type === 'URI') {
    const uri = resolver.resolve(action.get('URI'));
    if (typeof uri === 'string') return `/${uri}`;
    return isBytes(uri) ? latin1(uri, 0, uri.length) : undefined;
  }
  if (type === 'Launch' || type === 'GoToR') {
    const spec = resolver.resolve(action.get('F'));
    let url: string;
    if (isDict(spec)) url = fileName(resolver, spec);
    else if (isBytes(spec)) url = latin1(spec, 0, spec.length);
    else return undefined;
    const dest = remoteDestination(resolver, action);
    return dest ? `${url.split('#', 1)[0]}#${dest}` : url;
  }
  return type === 'JavaScript' ? scriptUrl(resolver, action) : undefined;
}

function linkUrl(resolver: PdfResolver, annotation: PdfDict, base: string | undefined) {
  const raw = rawLinkUrl(resolver, annotation);
  if (!raw) return undefined;
  return validAbsoluteUrl(raw, base, true)?.href ?? raw;
}

function rect(resolver: PdfResolver, value: PdfValue): [number, number, number, number] {
  const array = resolver.resolve(value);
  if (!Array.isArray(array) || array.length !== 4) return [0, 0, 0, 0];
  const n = array.map((item) => resolver.resolve(item));
  if (!n.every((item): item is number => typeof item === 'number')) return [0, 0, 0, 0];
  const [a, b, c, d] = n as [number, number, number, number];
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
}

export function readAnnotations(input: {
  resolver: PdfResolver;
  annots: PdfValue;
  pageNumber: number;
  viewTransform: Matrix;
  baseUrl: string | undefined;
}): { links: LinkAnnotation[]; formFieldCount: number } {
  const { resolver, pageNumber, viewTransform: m } = input;
  const annots = resolver.resolve(input.annots);
  const links: LinkAnnotation[] = [];
  let formFieldCount = 0;
  if (!Array.isArray(annots)) return { links, formFieldCount };
  for (const item of annots) {
    const annotation = resolver.resolve(item);
    if (!isDict(annotation)) continue;
    const subtype = resolver.resolve(annotation.get('Subtype'));
    if (subtype === 'Widget') formFieldCount++;
    if (subtype !== 'Link') continue;
    const flags = resolver.resolve(annotation.get('F'));
    if (typeof flags === 'number' && Number.isInteger(flags) && flags > 0 && flags & NO_VIEW)
      continue;
    const url = linkUrl(resolver, annotation, input.baseUrl);
    if (!url) continue;
    const [x0, y0, x1, y1] = rect(resolver, annotation.get('Rect') ?? null);
    const ax = m[0] * x0 + m[2] * y0 + m[4];
    const ay = m[1] * x0 + m[3] * y0 + m[5];
    const bx = m[0] * x1 + m[2] * y1 + m[4];
    const by = m[1] * x1 + m[3] * y1 + m[5];
    links.push({
      page: pageNumber,
      url,
      box: {
        x: Math.min(ax, bx),
        y: Math.min(ay, by),
        width: Math.abs(bx - ax),
        height: Math.abs(by - ay),
      },
    });
  }
  return { links, formFieldCount };
}
