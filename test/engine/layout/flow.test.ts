import { describe, expect, it } from 'vitest';
import { layoutFlowDocument } from '../../../src/engine/layout/flow.js';
import type { ExtractedDocument, FlowBlock } from '../../../src/engine/model/document.js';

function docOf(blocks: FlowBlock[]): ExtractedDocument {
  return {
    format: 'docx',
    pageCount: 1,
    pagesAnalyzed: 1,
    byteLength: 1,
    pages: [],
    blocks,
    links: [],
    fonts: [],
    metadata: {},
    diagnostics: [],
  };
}

describe('layoutFlowDocument', () => {
  it('turns blocks into lines, splitting embedded line breaks and carrying structure', () => {
    const layout = layoutFlowDocument(
      docOf([
        { kind: 'paragraph', text: 'Jane Doe · CV', zone: 'header' },
        {
          kind: 'heading',
          text: 'Experience',
          zone: 'body',
          headingLevel: 2,
          bold: true,
          fontSize: 14,
          page: 1,
        },
        {
          kind: 'paragraph',
          text: 'Engineer\t2020\nAcme',
          zone: 'body',
          fontSize: 11,
          links: ['https://acme.example'],
        },
        { kind: 'list-item', text: 'Shipped', zone: 'body', listLevel: 1, fontSize: 11, page: 2 },
        { kind: 'table-cell', text: '• Go', zone: 'textbox', table: { index: 0, row: 1, cell: 2 } },
        { kind: 'paragraph', text: 'Footnote', zone: 'footnote' },
      ]),
    );
    expect(layout.lines.map((l) => [l.index, l.text, l.zone, l.page])).toEqual([
      [0, 'Jane Doe · CV', 'header', 1],
      [1, 'Experience', 'body', 1],
      [2, 'Engineer\t2020', 'body', 1],
      [3, 'Acme', 'body', 1],
      [4, 'Shipped', 'body', 2],
      [5, '• Go', 'body', 1],
      [6, 'Footnote', 'footer', 1],
    ]);
    expect(layout.lines[1]).toMatchObject({
      headingLevel: 2,
      bold: true,
      fontSize: 14,
      flow: 'main',
      column: 0,
    });
    expect(layout.lines[3]?.links).toEqual(['https://acme.example']);
    expect(layout.lines[4]).toMatchObject({ listItem: true, listLevel: 1 });
    expect(layout.lines[5]).toMatchObject({ bullet: true, table: { index: 0, row: 1, cell: 2 } });
    expect(layout.lines[2]?.bullet).toBeUndefined();
    expect(layout).toMatchObject({
      columns: 1,
      repeatedTexts: [],
      repairs: [],
      bodyFontSize: 11,
      format: 'docx',
    });
  });

  it('leaves the body font size unknown when no block has a size', () => {
    const layout = layoutFlowDocument(docOf([{ kind: 'paragraph', text: 'x', zone: 'body' }]));
    expect(layout.bodyFontSize).toBeUndefined();
    expect(layout.lines).toHaveLength(1);
  });
});
