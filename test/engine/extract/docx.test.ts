import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errors.js';
import type { ExtractContext } from '../../../src/engine/extract/context.js';
import { extractDocx } from '../../../src/engine/extract/docx.js';
import { createBudget, DEFAULT_LIMITS } from '../../../src/engine/options.js';
import {
  bullet,
  buildDocx,
  heading,
  hyperlink,
  hyperlinkField,
  paragraph,
  run,
  table,
  textbox,
} from '../../helpers/docx-fixtures.js';

const context: ExtractContext = { limits: DEFAULT_LIMITS, budget: createBudget() };

async function extract(fixture: Parameters<typeof buildDocx>[0]) {
  return extractDocx(buildDocx(fixture), context);
}

describe('extractDocx', () => {
  it('reads headings from styles, outline levels, based-on chains and localized names', async () => {
    const doc = await extract({
      body: [
        paragraph('Jane Doe', { style: 'Title' }),
        heading('Experience', 1),
        heading('Acme Corp', 2),
        paragraph('Skills', { style: 'SectionTitle' }),
        paragraph('Ausbildung', { style: 'berschrift3' }),
        paragraph('Plain body text'),
      ].join(''),
    });
    expect(doc.blocks.map((b) => [b.kind, b.text, b.headingLevel])).toEqual([
      ['paragraph', 'Jane Doe', undefined],
      ['heading', 'Experience', 1],
      ['heading', 'Acme Corp', 2],
      ['heading', 'Skills', 1],
      ['heading', 'Ausbildung', 3],
      ['paragraph', 'Plain body text', undefined],
    ]);
    expect(doc.blocks[0]).toMatchObject({ fontSize: 24, style: 'Title' });
    expect(doc.blocks[1]).toMatchObject({ bold: true, fontSize: 16 });
    expect(doc.blocks[5]).toMatchObject({ bold: false, fontSize: 11 });
  });

  it('reads list items with levels from numPr and list styles, not from invisible numbering', async () => {
    const doc = await extract({
      body: [
        bullet('Led a team of 5'),
        bullet('Nested detail', 1),
        paragraph('Numbered', { numId: 2 }),
        paragraph('Styled bullet', { style: 'ListBullet' }),
        paragraph('No marker', { numId: 3 }),
        paragraph('List paragraph without numbering', { style: 'ListParagraph' }),
      ].join(''),
    });
    expect(doc.blocks.map((b) => [b.kind, b.listLevel])).toEqual([
      ['list-item', 0],
      ['list-item', 1],
      ['list-item', 0],
      ['list-item', 0],
      ['paragraph', undefined],
      ['paragraph', undefined],
    ]);
  });

  it('keeps tab and line breaks, bold from runs and character styles', async () => {
    const doc = await extract({
      body:
        paragraph('', {
          inline: `${run('Engineer', { bold: true })}<w:r><w:tab/></w:r>${run('2020', { bold: true })}<w:r><w:br/></w:r><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Berlin</w:t></w:r>`,
        }) + paragraph('', { inline: `${run('half ', { bold: true })}${run('bold')}` }),
    });
    expect(doc.blocks[0]).toMatchObject({ text: 'Engineer\t2020\nBerlin', bold: true });
    expect(doc.blocks[1]).toMatchObject({ text: 'half bold', bold: false });
  });

  it('reads tables row by row and cell by cell, nested tables included', async () => {
    const inner = table([['inner a', 'inner b']]);
    const doc = await extract({
      body: table([
        ['Company', ['Role', bullet('Did things')]],
        ['2020', [inner]],
      ]),
    });
    expect(doc.blocks.map((b) => [b.kind, b.text, b.table])).toEqual([
      ['table-cell', 'Company', { index: 0, row: 0, cell: 0 }],
      ['table-cell', 'Role', { index: 0, row: 0, cell: 1 }],
      ['list-item', 'Did things', { index: 0, row: 0, cell: 1 }],
      ['table-cell', '2020', { index: 0, row: 1, cell: 0 }],
      ['table-cell', 'inner a', { index: 1, row: 0, cell: 0 }],
      ['table-cell', 'inner b', { index: 1, row: 0, cell: 1 }],
    ]);
  });

  it('reads text boxes once, after their anchor paragraph, even with alternate content', async () => {
    const doc = await extract({
      body: paragraph('Before') + textbox(['Sidebar skill', 'Second line']) + paragraph('After'),
    });
    expect(doc.blocks.map((b) => [b.text, b.zone])).toEqual([
      ['Before', 'body'],
      ['Sidebar skill', 'textbox'],
      ['Second line', 'textbox'],
      ['After', 'body'],
    ]);
  });

  it('resolves hyperlinks from relationships and HYPERLINK fields, hiding field instructions', async () => {
    const doc = await extract({
      body:
        paragraph('', { inline: `${run('Profile: ')}${hyperlink('LinkedIn', 'rIdLink')}` }) +
        paragraph('', { inline: hyperlinkField('github.com/jane', 'https://github.com/jane') }) +
        paragraph('', {
          inline: `<w:fldSimple w:instr=" HYPERLINK &quot;mailto:jane@example.com&quot; ">${run('jane@example.com')}</w:fldSimple>`,
        }),
      relationships: [
        {
          id: 'rIdLink',
          type: 'hyperlink',
          target: 'https://linkedin.com/in/jane',
          external: true,
        },
      ],
    });
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Profile: LinkedIn',
      'github.com/jane',
      'jane@example.com',
    ]);
    expect(doc.blocks.map((b) => b.links)).toEqual([
      ['https://linkedin.com/in/jane'],
      ['https://github.com/jane'],
      ['mailto:jane@example.com'],
    ]);
    expect(doc.links.map((l) => l.url)).toEqual([
      'https://linkedin.com/in/jane',
      'https://github.com/jane',
      'mailto:jane@example.com',
    ]);
  });

  it('marks header and footer blocks, keeps them once, and places them around the body', async () => {
    const doc = await extract({
      body: paragraph('Body'),
      headers: [paragraph('Jane Doe · jane@example.com'), paragraph('Jane Doe · jane@example.com')],
      footers: [paragraph('Page 1')],
    });
    expect(doc.blocks.map((b) => [b.zone, b.text])).toEqual([
      ['header', 'Jane Doe · jane@example.com'],
      ['body', 'Body'],
      ['footer', 'Page 1'],
    ]);
  });

  it('records external template relationships without following them, and macros', async () => {
    const doc = await extract({
      body: paragraph('Hi'),
      settingsRelationships: [
        {
          id: 'rId1',
          type: 'attachedTemplate',
          target: 'https://attacker.example/t.dotm',
          external: true,
        },
      ],
      relationships: [
        { id: 'rIdL', type: 'hyperlink', target: 'https://example.com', external: true },
      ],
      entries: {
        'word/vbaProject.bin': new Uint8Array([1, 2, 3]),
        'word/embeddings/oleObject1.bin': new Uint8Array([1]),
      },
    });
    expect(doc.diagnostics).toEqual(
      expect.arrayContaining([
        { code: 'docx.external-relationships', count: 1, params: { types: 'attachedTemplate' } },
        { code: 'docx.macros' },
        { code: 'docx.embedded-objects', count: 1 },
      ]),
    );
  });

  it('reads metadata and the page count Word saved', async () => {
    const doc = await extract({
      body: paragraph('x'),
      core: { title: 'CV', creator: 'Jane' },
      pages: 2,
    });
    expect(doc.metadata).toMatchObject({ title: 'CV', author: 'Jane', creator: 'Fixture Builder' });
    expect(doc.pageCount).toBe(2);
    expect(doc.format).toBe('docx');
  });

  it('counts pages from rendered page breaks', async () => {
    const doc = await extract({
      body:
        paragraph('one') +
        paragraph('', { inline: `<w:r><w:lastRenderedPageBreak/><w:t>two</w:t></w:r>` }),
    });
    expect(doc.blocks.map((b) => b.page)).toEqual([1, 2]);
    expect(doc.pageCount).toBe(2);
  });

  it('refuses a DOCTYPE in document.xml (billion laughs)', async () => {
    const documentXml =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
      '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>';
    await expect(extract({ body: '', documentXml })).rejects.toMatchObject({
      code: 'XML_FORBIDDEN',
    });
  });

  it('fails with DOCX_CORRUPT when the body is missing', async () => {
    const documentXml = '<w:document xmlns:w="x"></w:document>';
    const error = await extract({ body: '', documentXml }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe('DOCX_CORRUPT');
  });
});
