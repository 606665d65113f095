import { describe, expect, it } from 'vitest';
import type { ExtractContext } from '../../../src/engine/extract/context.js';
import { extractText } from '../../../src/engine/extract/text.js';
import { createBudget, DEFAULT_LIMITS } from '../../../src/engine/options.js';

const context: ExtractContext = { limits: DEFAULT_LIMITS, budget: createBudget() };
const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, byteOrder: 'le' | 'be', bom = true): Uint8Array {
  const units = [...text].flatMap((char) => {
    const code = char.charCodeAt(0);
    return byteOrder === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });
  const mark = byteOrder === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array([...(bom ? mark : []), ...units]);
}

describe('extractText (plain text)', () => {
  it('reads one block per line, bullets as list items, and drops rule lines', async () => {
    const doc = await extractText(
      utf8(
        'Jane Doe\r\njane@example.com\r\n\r\nEXPERIENCE\r\n----------\r\n• Built things\r\n  - nested item\r\n',
      ),
      'txt',
      context,
    );
    expect(doc.blocks.map((b) => [b.kind, b.text, b.listLevel])).toEqual([
      ['paragraph', 'Jane Doe', undefined],
      ['paragraph', 'jane@example.com', undefined],
      ['paragraph', 'EXPERIENCE', undefined],
      ['list-item', '• Built things', 0],
      ['list-item', '- nested item', 1],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('decodes UTF-16 LE and BE with a byte order mark, and BOM-less UTF-16 LE', async () => {
    for (const bytes of [
      utf16('Zoë Müller\nKöln', 'le'),
      utf16('Zoë Müller\nKöln', 'be'),
      utf16('Zoë Müller\nKöln', 'le', false),
    ]) {
      const doc = await extractText(bytes, 'txt', context);
      expect(doc.blocks.map((b) => b.text)).toEqual(['Zoë Müller', 'Köln']);
    }
  });

  it('falls back to Windows-1252 for Latin-1 bytes and says so', async () => {
    const latin1 = new Uint8Array([
      ...utf8('Jos'),
      0xe9,
      ...utf8(' Garc'),
      0xed,
      ...utf8('a '),
      0x96,
      ...utf8(' Madrid'),
    ]);
    const doc = await extractText(latin1, 'txt', context);
    expect(doc.blocks[0]?.text).toBe('José García – Madrid');
    expect(doc.diagnostics).toEqual([
      { code: 'text.encoding-fallback', params: { encoding: 'windows-1252' } },
    ]);
  });

  it('strips a UTF-8 byte order mark', async () => {
    const doc = await extractText(
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Name')]),
      'txt',
      context,
    );
    expect(doc.blocks[0]?.text).toBe('Name');
  });

  it('rejects binary garbage as TEXT_NOT_READABLE', async () => {
    const garbage = new Uint8Array(512).map((_, i) => (i * 37 + 11) % 256);
    await expect(extractText(garbage, 'txt', context)).rejects.toMatchObject({
      code: 'TEXT_NOT_READABLE',
    });
  });
});

describe('extractText (Markdown)', () => {
  it('reads ATX and setext headings, lists, emphasis and links', async () => {
    const md = [
      '# Jane Doe',
      'Email: [jane@example.com](mailto:jane@example.com) · <https://github.com/jane>',
      '',
      'Experience',
      '==========',
      '',
      '## **Staff Engineer** at _Acme_',
      '- Led the `api` rewrite',
      '  * Cut latency by 40%',
      '1. First',
      '',
      '---',
      'Skills',
      '------',
      'snake_case_name stays',
    ].join('\n');
    const doc = await extractText(utf8(md), 'md', context);
    expect(doc.blocks.map((b) => [b.kind, b.text, b.headingLevel ?? b.listLevel])).toEqual([
      ['heading', 'Jane Doe', 1],
      ['paragraph', 'Email: jane@example.com · https://github.com/jane', undefined],
      ['heading', 'Experience', 1],
      ['heading', 'Staff Engineer at Acme', 2],
      ['list-item', 'Led the api rewrite', 0],
      ['list-item', 'Cut latency by 40%', 1],
      ['list-item', 'First', 0],
      ['heading', 'Skills', 2],
      ['paragraph', 'snake_case_name stays', undefined],
    ]);
    expect(doc.links.map((l) => l.url)).toEqual([
      'mailto:jane@example.com',
      'https://github.com/jane',
    ]);
    expect(doc.format).toBe('md');
  });

  it('reads pipe tables as table cells', async () => {
    const md = '| Degree | School |\n|---|---|\n| M.Sc. | TU Munich |\n\nAfter';
    const doc = await extractText(utf8(md), 'md', context);
    expect(doc.blocks.map((b) => [b.text, b.table])).toEqual([
      ['Degree', { index: 0, row: 0, cell: 0 }],
      ['School', { index: 0, row: 0, cell: 1 }],
      ['M.Sc.', { index: 0, row: 1, cell: 0 }],
      ['TU Munich', { index: 0, row: 1, cell: 1 }],
      ['After', undefined],
    ]);
  });
});
