import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdf } from '../../../src/engine/extract/pdf.js';
import { layoutPositionedDocument } from '../../../src/engine/layout/positioned.js';
import type { LayoutDocument } from '../../../src/engine/model/layout.js';
import { DEFAULT_LIMITS } from '../../../src/engine/options.js';
import { createNodePdfAssetLoader } from '../../../src/node/pdf-assets.js';

const assets = createNodePdfAssetLoader();

async function layout(name: string): Promise<LayoutDocument> {
  const bytes = new Uint8Array(
    readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url)),
  );
  const doc = await extractPdf(bytes, {
    limits: DEFAULT_LIMITS,
    budget: { check() {} },
    pdfAssets: assets,
  });
  return layoutPositionedDocument(doc);
}

const indexOf = (doc: LayoutDocument, text: string) =>
  doc.lines.findIndex((l) => l.text.includes(text));

describe('positioned layout on AltaCV (main column + sidebar)', () => {
  let doc: LayoutDocument;
  beforeAll(async () => {
    doc = await layout('altacv-mmayer.pdf');
  });

  it('puts the sidebar headings in the sidebar flow', () => {
    for (const heading of [
      'LIFE PHILOSOPHY',
      'MOST PROUD OF',
      'STRENGTHS',
      'LANGUAGES',
      'EDUCATION',
    ]) {
      const line = doc.lines.find((l) => l.page === 1 && l.text === heading);
      expect(line, heading).toBeDefined();
      expect(line!.flow, heading).toBe('sidebar');
    }
  });

  it('does not interleave sidebar text inside the experience entries', () => {
    const experience = doc.lines
      .filter((l) => l.page === 1 && l.flow === 'main')
      .map((l) => l.text);
    const start = experience.indexOf('EXPERIENCE');
    const entries = experience.slice(
      start,
      experience.findIndex((t) => t === 'A DAY OF MY LIFE'),
    );
    expect(entries.length).toBeGreaterThan(20);
    expect(entries.join('\n')).not.toMatch(/Courage|LIFE PHILOSOPHY|Persuasive|Stanford/);
    expect(entries).toContain(
      '• Acquired Tumblr for $1.1 billion and moved the company’s blog there',
    );
  });

  it('reads the main column before the sidebar and records the repair', () => {
    expect(indexOf(doc, 'Product Manager & UI Lead')).toBeLessThan(indexOf(doc, 'LIFE PHILOSOPHY'));
    expect(doc.columns).toBe(2);
    expect(doc.columnsByPage[0]!.count).toBe(2);
    expect(doc.repairs.find((r) => r.page === 1)).toMatchObject({ kind: 'sidebar' });
    expect(doc.repairs.find((r) => r.page === 1)!.linesMoved).toBeGreaterThan(10);
  });

  it('keeps the full-width name header at the top', () => {
    expect(doc.lines[0]!.text).toBe('MARISSA MAYER');
    expect(doc.lines[0]!.bold).toBe(true);
  });

  it('attaches link targets to the lines they cover', () => {
    const contact = doc.lines.find((l) => l.text.includes('mmayer@yahoo-inc.com'))!;
    expect(contact.links).toContain('mailto:mmayer@yahoo-inc.com');
  });
});

describe('positioned layout on other corpus files', () => {
  it('reads Deedy’s narrow left column as a sidebar after the wide experience column', async () => {
    const doc = await layout('deedy-openfont.pdf');
    const education = doc.lines.find((l) => l.text === 'EDUCATION')!;
    const experience = doc.lines.find((l) => l.text === 'EXPERIENCE')!;
    expect(education.flow).toBe('sidebar');
    expect(experience.flow).toBe('main');
    expect(experience.index).toBeLessThan(education.index);
    expect(doc.columns).toBe(2);
  });

  it('keeps emails whole on one line', async () => {
    const doc = await layout('awesomecv-resume.pdf');
    expect(doc.lines.some((l) => l.text.includes('posquit0.bj@gmail.com'))).toBe(true);
  });

  it('treats right-aligned dates and left-margin date labels as part of the line, not columns', async () => {
    for (const name of [
      'awesomecv-resume.pdf',
      'moderncv-classic-green.pdf',
      'sb2nov-sourabh.pdf',
      'rendercv-classic.pdf',
    ]) {
      const doc = await layout(name);
      expect(doc.columns, name).toBe(1);
    }
    const sb2nov = await layout('sb2nov-sourabh.pdf');
    expect(sb2nov.lines.map((l) => l.text)).toContain('Software Engineer Oct 2016 – Present');
  });

  it('marks running footers repeated on every page, normalising page numbers', async () => {
    const doc = await layout('moderncv-classic-green.pdf');
    const footers = doc.lines.filter((l) => /^\d\/4$/.test(l.text));
    expect(footers.length).toBeGreaterThanOrEqual(3);
    expect(footers.every((l) => l.zone === 'footer' && l.repeated)).toBe(true);
    expect(doc.repeatedTexts).toContain('#/#');
  });

  it('reads the German label/value grid as a table, row by row', async () => {
    const doc = await layout('de-madic.pdf');
    const name = doc.lines.find((l) => l.text === 'Name')!;
    const value = doc.lines[name.index + 1]!;
    expect(name.table).toMatchObject({ cell: 0 });
    expect(value.text).toBe('Michael');
    expect(value.table).toMatchObject({ index: name.table!.index, row: name.table!.row, cell: 1 });
  });

  it('drops overprinted fake-bold glyphs in the Chinese moderncv', async () => {
    const doc = await layout('moderncv-zh.pdf');
    const text = doc.lines.map((l) => l.text).join('\n');
    expect(text).toContain('学位');
    expect(text).not.toContain('学学学位位位');
  });

  it('computes the body font size by character count', async () => {
    const doc = await layout('sb2nov-sourabh.pdf');
    expect(doc.bodyFontSize).toBeGreaterThan(9);
    expect(doc.bodyFontSize).toBeLessThan(11.5);
  });
});
