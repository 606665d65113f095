/**
 * XMP packets read the way pdf.js's MetadataParser reads them: element names lower-cased, each
 * child of an rdf:Description recorded as its trimmed text content (whitespace-only text nodes
 * dropped), dc:creator and dc:subject as lists. Attribute-form properties are ignored, as there.
 */

interface XmlElement {
  name: string;
  children: (XmlElement | string)[];
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (all, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity] ?? all;
    const code =
      entity[1] === 'x' || entity[1] === 'X'
        ? parseInt(entity.slice(2), 16)
        : parseInt(entity.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

function isWhitespace(text: string): boolean {
  return /^[\s]*$/.test(text);
}

/** A tolerant XML tree: comments, processing instructions and declarations are skipped. */
function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', children: [] };
  const stack = [root];
  let pos = 0;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt < 0 ? text.length : lt;
    if (textEnd > pos) {
      const chunk = decodeEntities(text.slice(pos, textEnd));
      if (!isWhitespace(chunk)) stack.at(-1)!.children.push(chunk);
    }
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      pos = end < 0 ? text.length : end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      stack.at(-1)!.children.push(text.slice(lt + 9, end < 0 ? text.length : end));
      pos = end < 0 ? text.length : end + 3;
    } else if (text[lt + 1] === '?' || text[lt + 1] === '!') {
      const end = text.indexOf('>', lt);
      pos = end < 0 ? text.length : end + 1;
    } else {
      const end = text.indexOf('>', lt);
      if (end < 0) break;
      const tag = text.slice(lt + 1, end);
      pos = end + 1;
      if (tag[0] === '/') {
        const name = tag.slice(1).trim().toLowerCase();
        const at = stack.findLastIndex((element) => element.name === name);
        if (at > 0) stack.length = at;
        continue;
      }
      const name = /^[^\s/>]+/.exec(tag)?.[0]?.toLowerCase() ?? '';
      const element: XmlElement = { name, children: [] };
      stack.at(-1)!.children.push(element);
      if (!tag.endsWith('/')) stack.push(element);
    }
  }
  return root;
}

function textContent(node: XmlElement | string): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

function elements(node: XmlElement): XmlElement[] {
  return node.children.filter((child): child is XmlElement => typeof child !== 'string');
}

export function readXmp(text: string): Map<string, string | string[]> {
  const map = new Map<string, string | string[]>();
  const document = parseXml(text.replace(/^[^<]+/, ''));
  const top = elements(document)[0];
  if (!top) return map;
  const rdf =
    top.name === 'rdf:rdf' ? top : elements(top).find((child) => child.name === 'rdf:rdf');
  if (!rdf) return map;
  for (const description of elements(rdf)) {
    if (description.name !== 'rdf:description') continue;
    for (const entry of elements(description)) {
      if (entry.name === 'dc:creator' || entry.name === 'dc:subject') {
        const [sequence] = elements(entry);
        const items =
          sequence && ['rdf:bag', 'rdf:seq', 'rdf:alt'].includes(sequence.name)
            ? elements(sequence).filter((item) => item.name === 'rdf:li')
            : [];
        map.set(
          entry.name,
          items.map((item) => textContent(item).trim()),
        );
        continue;
      }
      map.set(entry.name, textContent(entry).trim());
    }
  }
  return map;
}
