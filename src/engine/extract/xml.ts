/**
 * A small, safe XML parser for OOXML parts. OOXML never needs a DTD, so any `<!DOCTYPE` or
 * `<!ENTITY` is refused outright (no billion laughs, no external entities), only the five
 * predefined entities and numeric references are decoded, and nesting depth is capped. It builds a
 * light element tree: DOCX extraction walks structures (tables in tables, alternate content) that
 * are simpler to read as a tree than as events, and the parts of a resume are small.
 */
import { EngineError, type EngineErrorCode } from '../errors.js';
import type { Budget } from '../options.js';

export interface XmlElement {
  /** Qualified name as written, prefix kept (`w:p`). */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export interface XmlParseOptions {
  maxDepth: number;
  budget?: Budget;
  /** Code for malformed XML; the format that contains the XML decides. */
  corruptCode?: EngineErrorCode;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME_END = /[\s/>]/g;
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

export function parseXml(input: Uint8Array | string, options: XmlParseOptions): XmlElement {
  const text = typeof input === 'string' ? input : decodeXmlBytes(input);
  const corruptCode = options.corruptCode ?? 'DOCX_CORRUPT';
  const fail = (reason: string) => new EngineError(corruptCode, { reason, at: pos });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let current = root;
  let pos = 0;
  let steps = 0;
  while (pos < text.length) {
    if ((++steps & 1023) === 0) options.budget?.check();
    const lt = text.indexOf('<', pos);
    if (lt < 0) {
      addText(current, text.slice(pos));
      break;
    }
    if (lt > pos) addText(current, text.slice(pos, lt));
    const next = text.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      pos = skipPast(text, '?>', lt, fail);
    } else if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', lt)) pos = skipPast(text, '-->', lt, fail);
      else if (text.startsWith('<![CDATA[', lt)) {
        const end = text.indexOf(']]>', lt);
        if (end < 0) throw fail('unterminated-cdata');
        if (end > lt + 9) current.children.push(text.slice(lt + 9, end));
        pos = end + 3;
      } else {
        throw new EngineError('XML_FORBIDDEN', { reason: 'dtd-or-entity-declaration' });
      }
    } else if (next === 0x2f /* / */) {
      const end = text.indexOf('>', lt);
      if (end < 0) throw fail('unterminated-end-tag');
      const name = text.slice(lt + 2, end).trim();
      if (stack.length < 2 || name !== current.name) throw fail('mismatched-end-tag');
      stack.pop();
      current = stack[stack.length - 1]!;
      pos = end + 1;
    } else {
      NAME_END.lastIndex = lt + 1;
      const match = NAME_END.exec(text);
      if (!match || match.index === lt + 1) throw fail('bad-start-tag');
      const element: XmlElement = {
        name: text.slice(lt + 1, match.index),
        attrs: {},
        children: [],
      };
      pos = readAttributes(text, match.index, element.attrs, fail);
      current.children.push(element);
      if (text.charCodeAt(pos) === 0x2f) {
        pos += 2;
      } else {
        pos += 1;
        if (stack.length > options.maxDepth) {
          throw new EngineError('XML_FORBIDDEN', {
            reason: 'too-deep',
            maxDepth: options.maxDepth,
          });
        }
        stack.push(element);
        current = element;
      }
    }
  }
  if (stack.length !== 1) throw fail('unclosed-elements');
  const first = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!first) throw fail('no-root-element');
  return first;
}

/** Returns the position of the closing `>` or of the `/` in `/>`. */
function readAttributes(
  text: string,
  start: number,
  attrs: Record<string, string>,
  fail: (reason: string) => EngineError,
): number {
  let pos = start;
  for (;;) {
    ATTRIBUTE.lastIndex = pos;
    const match = ATTRIBUTE.exec(text);
    if (!match) break;
    const raw = match[2] ?? match[3] ?? '';
    attrs[match[1]!] = raw.includes('&') ? decodeEntities(raw) : raw;
    pos = ATTRIBUTE.lastIndex;
  }
  while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  const code = text.charCodeAt(pos);
  if (code === 0x3e) return pos;
  if (code === 0x2f && text.charCodeAt(pos + 1) === 0x3e) return pos;
  throw fail('bad-attributes');
}

function addText(element: XmlElement, raw: string): void {
  element.children.push(raw.includes('&') ? decodeEntities(raw) : raw);
}

function skipPast(
  text: string,
  terminator: string,
  from: number,
  fail: (r: string) => EngineError,
): number {
  const end = text.indexOf(terminator, from);
  if (end < 0) throw fail('unterminated-markup');
  return end + terminator.length;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g;

export function decodeEntities(raw: string): string {
  return raw.replace(ENTITY, (_match, body: string) => {
    if (body.charCodeAt(0) !== 0x23) {
      const value = PREDEFINED[body];
      // Any other named entity would need a DTD, which OOXML never has.
      if (value === undefined)
        throw new EngineError('XML_FORBIDDEN', { reason: 'undeclared-entity', entity: body });
      return value;
    }
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** OOXML parts are UTF-8 or UTF-16 with a byte order mark. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Child elements with the given qualified name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child !== 'string' && (name === undefined || child.name === name)) out.push(child);
  }
  return out;
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const child of element.children) {
    if (typeof child !== 'string' && child.name === name) return child;
  }
  return undefined;
}

/** Concatenated text content of an element and its descendants. */
export function textContent(element: XmlElement): string {
  let out = '';
  for (const child of element.children)
    out += typeof child === 'string' ? child : textContent(child);
  return out;
}
