import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../../src/engine/extract/pdf.js';
import { layoutPositionedDocument } from '../../../src/engine/layout/positioned.js';
import type { LayoutDocument } from '../../../src/engine/model/layout.js';
import { DEFAULT_LIMITS } from '../../../src/engine/options.js';
import { buildPdf, column, letterSpaced, type PdfSpec } from '../../helpers/pdf-fixtures.js';

async function layout(spec: PdfSpec): Promise<LayoutDocument> {
  const doc = await extractPdf(await buildPdf(spec), {
    limits: DEFAULT_LIMITS,
    budget: { check() {} },
  });
  return layoutPositionedDocument(doc);
}

const texts = (doc: LayoutDocument) => doc.lines.map((l) => l.text);
const mainLines = Array.from(
  { length: 30 },
  (_, i) => `Delivered project number ${i + 1} for a major client`,
);
const sideLines = [
  'SKILLS',
  'TypeScript',
  'Kubernetes',
  'PostgreSQL',
  'LANGUAGES',
  'English',
  'German',
  'Spanish',
];

describe('layoutPositionedDocument', () => {
  it('reads a two-column page as main column first, then the sidebar as its own flow', async () => {
    const doc = await layout({
      pages: [
        {
          texts: [
            {
              text: 'Jane Doe — Staff Engineer and Team Lead, Berlin',
              x: 40,
              y: 50,
              size: 20,
              font: 'bold',
            },
            ...column(mainLines, { x: 40, top: 100, leading: 20 }),
            ...column(sideLines, { x: 420, top: 107, leading: 60 }),
          ],
        },
      ],
    });
    expect(doc.lines[0]!.text).toContain('Jane Doe');
    const main = doc.lines.filter((l) => l.flow === 'main').map((l) => l.text);
    const side = doc.lines.filter((l) => l.flow === 'sidebar').map((l) => l.text);
    expect(main.slice(1)).toEqual(mainLines);
    expect(side).toEqual(sideLines);
    expect(doc.lines.findIndex((l) => l.text === 'SKILLS')).toBeGreaterThan(
      doc.lines.findIndex((l) => l.text === mainLines[29]),
    );
    expect(doc.columns).toBe(2);
    expect(doc.columnsByPage[0]!.ranges).toHaveLength(2);
    expect(doc.repairs[0]).toMatchObject({ page: 1, kind: 'sidebar' });
    expect(doc.repairs[0]!.linesMoved).toBeGreaterThan(0);
  });

  it('keeps a title and its right-aligned date on one line in a single column', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => [
      { text: `Engineer at Company ${i}`, x: 40, y: 100 + i * 40, font: 'bold' as const },
      { text: `Jan 20${10 + i} – Dec 20${11 + i}`, x: 470 - (i % 3) * 6, y: 100 + i * 40 },
      { text: `Worked on distributed systems and APIs ${i}`, x: 40, y: 114 + i * 40 },
    ]);
    const doc = await layout({ pages: [{ texts: rows.flat() }] });
    expect(doc.columns).toBe(1);
    expect(texts(doc)).toContain('Engineer at Company 3 Jan 2013 – Dec 2014');
  });

  it('repairs letter-spaced headings and keeps the word gap', async () => {
    const doc = await layout({
      pages: [
        {
          texts: [
            ...letterSpaced('WORK EXPERIENCE', { x: 40, y: 80 }),
            ...column(mainLines.slice(0, 3), { x: 40, top: 110 }),
          ],
        },
      ],
    });
    expect(doc.lines[0]!.text).toBe('WORK EXPERIENCE');
  });

  it('joins words hyphenated at line ends but keeps real compounds', async () => {
    const doc = await layout({
      pages: [
        {
          texts: column(
            [
              'Led the develop-',
              'ment of a billing platform with e-',
              'mail alerts and a full-',
              'stack team. Used Type-',
              'Script daily.',
            ],
            { x: 40, top: 100 },
          ),
        },
      ],
    });
    const text = texts(doc).join(' ');
    expect(text).toContain('development');
    expect(text).toContain('e-mail');
    expect(text).toContain('full-stack');
    // An uppercase continuation is not a broken word.
    expect(text).toContain('Type- Script');
  });

  it('marks running headers and page-numbered footers repeated on every page', async () => {
    const page = (n: number) => ({
      texts: [
        { text: 'Jane Doe · jane@example.com', x: 40, y: 30, size: 9 },
        ...column(mainLines.slice(n * 5, n * 5 + 5), { x: 40, top: 150 }),
        { text: `Page ${n + 1} of 3`, x: 270, y: 810, size: 9 },
      ],
    });
    const doc = await layout({ pages: [page(0), page(1), page(2)] });
    const headers = doc.lines.filter((l) => l.text.startsWith('Jane Doe'));
    const footers = doc.lines.filter((l) => l.text.startsWith('Page '));
    expect(headers).toHaveLength(3);
    expect(headers.every((l) => l.zone === 'header' && l.repeated)).toBe(true);
    expect(footers.every((l) => l.zone === 'footer' && l.repeated)).toBe(true);
    expect(doc.repeatedTexts).toEqual(
      expect.arrayContaining(['jane doe · jane@example.com', 'page # of #']),
    );
    // Reading order per page: header, body, footer.
    expect(doc.lines.filter((l) => l.page === 2).map((l) => l.zone)).toEqual([
      'header',
      'body',
      'body',
      'body',
      'body',
      'body',
      'footer',
    ]);
  });

  it('reads a table grid row by row, cell by cell', async () => {
    const grid = [
      ['Language', 'Level', 'Certificate'],
      ['English', 'C2', 'IELTS 8.5'],
      ['German', 'B2', 'Goethe'],
      ['French', 'A2', 'None'],
    ];
    const doc = await layout({
      pages: [
        {
          texts: grid.flatMap((row, r) =>
            row.map((text, c) => ({ text, x: 40 + c * 150, y: 100 + r * 16 })),
          ),
        },
      ],
    });
    const cells = doc.lines.filter((l) => l.table);
    expect(cells.map((l) => l.text)).toEqual(grid.flat());
    expect(cells[4]!.table).toEqual({ index: 0, row: 1, cell: 1 });
    expect(doc.columns).toBe(1);
  });

  it('flags bullets, sets gaps within a flow, and joins superscripts to their line', async () => {
    const doc = await layout({
      pages: [
        {
          texts: [
            { text: 'Awards', x: 40, y: 100, font: 'bold', size: 14 },
            { text: '• Ranked 1', x: 40, y: 130 },
            { text: 'st', x: 89.5, y: 126, size: 6 },
            { text: 'in the national contest', x: 96, y: 130 },
            { text: '- Published two papers', x: 40, y: 144 },
            { text: '-5% churn after launch', x: 40, y: 158 },
          ],
        },
      ],
    });
    const [heading, first, second, third] = doc.lines;
    expect(heading!.bold).toBe(true);
    expect(first!.text).toBe('• Ranked 1st in the national contest');
    expect(first!.bullet).toBe(true);
    expect(second!.bullet).toBe(true);
    expect(third!.bullet).toBeUndefined();
    expect(first!.gapBefore).toBeGreaterThan(second!.gapBefore!);
  });

  it('checks the budget once per page', async () => {
    const doc = await extractPdf(
      await buildPdf({ pages: [{ texts: column(mainLines, { x: 40, top: 80 }) }, {}] }),
      {
        limits: DEFAULT_LIMITS,
        budget: { check() {} },
      },
    );
    let checks = 0;
    layoutPositionedDocument(doc, { check: () => void checks++ });
    expect(checks).toBeGreaterThanOrEqual(2);
  });
});
