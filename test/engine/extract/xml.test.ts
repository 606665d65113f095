import { describe, expect, it } from 'vitest';
import { childElements, parseXml, textContent } from '../../../src/engine/extract/xml.js';

const options = { maxDepth: 16 };

function errorOf(action: () => unknown): { code?: string; details?: Record<string, unknown> } {
  try {
    action();
  } catch (error) {
    return error as { code: string; details: Record<string, unknown> };
  }
  return {};
}

describe('parseXml', () => {
  it('builds a tree with prefixed names, attributes and decoded text', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!-- note --><w:p w:id="1" a=\'x &amp; y\'><w:t xml:space="preserve"> A &lt;b&gt; &#233;&#x4E2D; </w:t><w:br/><![CDATA[<raw>]]></w:p>',
      options,
    );
    expect(root.name).toBe('w:p');
    expect(root.attrs).toEqual({ 'w:id': '1', a: 'x & y' });
    expect(childElements(root).map((e) => e.name)).toEqual(['w:t', 'w:br']);
    expect(textContent(root)).toBe(' A <b> é中 <raw>');
  });

  it('decodes UTF-8 bytes and UTF-16 with a byte order mark', () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'<a>ü</a>'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(textContent(parseXml(utf16, options))).toBe('ü');
    expect(textContent(parseXml(new TextEncoder().encode('<a>日本</a>'), options))).toBe('日本');
  });

  it('refuses DOCTYPE and entity declarations (billion laughs, XXE)', () => {
    const laughs = '<!DOCTYPE a [<!ENTITY l "lol"><!ENTITY l2 "&l;&l;">]><a>&l2;</a>';
    expect(errorOf(() => parseXml(laughs, options)).code).toBe('XML_FORBIDDEN');
    const xxe = '<?xml version="1.0"?><!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>';
    expect(errorOf(() => parseXml(xxe, options)).code).toBe('XML_FORBIDDEN');
  });

  it('refuses undeclared named entities', () => {
    expect(errorOf(() => parseXml('<a>&nbsp;</a>', options)).code).toBe('XML_FORBIDDEN');
  });

  it('caps nesting depth', () => {
    const deep = '<a>'.repeat(40) + '</a>'.repeat(40);
    expect(errorOf(() => parseXml(deep, options)).details).toMatchObject({ reason: 'too-deep' });
    expect(() => parseXml('<a>'.repeat(10) + '</a>'.repeat(10), options)).not.toThrow();
  });

  it('reports malformed XML with the caller’s corruption code', () => {
    expect(errorOf(() => parseXml('<a><b></a>', options)).code).toBe('DOCX_CORRUPT');
    expect(errorOf(() => parseXml('<a>', { ...options, corruptCode: 'DOC_CORRUPT' })).code).toBe(
      'DOC_CORRUPT',
    );
    expect(errorOf(() => parseXml('<a b=c/>', options)).code).toBe('DOCX_CORRUPT');
    expect(errorOf(() => parseXml('just text', options)).code).toBe('DOCX_CORRUPT');
  });

  it('calls the budget while parsing long documents', () => {
    let checks = 0;
    parseXml(`<a>${'<b/>'.repeat(5000)}</a>`, {
      maxDepth: 4,
      budget: { check: () => void checks++ },
    });
    expect(checks).toBeGreaterThan(3);
  });
});
