import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/cli/render-terminal.js';
import { createStyle } from '../../src/cli/style.js';
import { makeReport } from './fake-report.js';

const plain = createStyle({ isColor: false });

describe('renderReport', () => {
  it('shows the document summary, contact, sections, entries, skills and timings', () => {
    const text = renderReport(makeReport(), { style: plain, fileName: 'ada.pdf' });
    expect(text).toContain('Resume Health — ada.pdf');
    expect(text).toMatch(/Format\s+PDF/);
    expect(text).toContain('2 pages · 612 words · 1 column');
    expect(text).toContain('text extractable');
    expect(text).toMatch(/Name\s+Ada Lovelace/);
    expect(text).toMatch(/Email\s+ada@example.com/);
    expect(text).toContain('https://github.com/ada (github)');
    expect(text).toContain('Sections (2)');
    expect(text).toMatch(/experience\s+Experience p1/);
    expect(text).toContain('Analyst · Analytical Engines Ltd  1842-01 – present  2 bullets');
    expect(text).toContain('University of London · BSc · Mathematics  1830 – 1834');
    expect(text).toContain('Mathematics, Programming, Translation');
    expect(text).toContain('Timing: extract 70 ms · layout 3.2 ms · parse 1.5 ms');
  });

  it('has no escape codes without colour and uses them with colour', () => {
    expect(renderReport(makeReport(), { style: plain })).not.toContain('\u001b[');
    const coloured = renderReport(makeReport(), { style: createStyle({ isColor: true }) });
    expect(coloured).toContain('\u001b[1m');
  });

  it('strips terminal control sequences and bidi overrides from document text', () => {
    const report = makeReport();
    report.contact.name = 'Eve\u001b[2J\u001b]0;pwned\u0007 \u202eEvil';
    const text = renderReport(report, { style: plain });
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u202e');
    expect(text).toContain('Eve[2J]0;pwned Evil');
  });

  it('reports truncated page analysis, diagnostics and missing text', () => {
    const report = makeReport();
    report.document = {
      ...report.document,
      pages: 5000,
      pagesAnalyzed: 50,
      textExtractable: false,
      readingOrderRepairedPages: [1, 2],
      diagnostics: [
        { code: 'doc.pages-truncated', count: 4950 },
        { code: 'pdf.no-text-layer', pages: [3] },
      ],
    };
    const text = renderReport(report, { style: plain });
    expect(text).toContain('5000 pages (first 50 analyzed)');
    expect(text).toContain('text NOT extractable');
    expect(text).toContain('doc.pages-truncated ×4950');
    expect(text).toContain('pdf.no-text-layer (pages 3)');
    expect(text).toContain('reading order repaired on page 1, 2');
  });

  it('marks missing contact fields and omits empty lists', () => {
    const report = makeReport({ experience: [], education: [], skills: [], sections: [] });
    report.contact = {
      ...report.contact,
      name: null,
      emails: [],
      phones: [],
      location: null,
      links: [],
    };
    delete report.timing;
    const text = renderReport(report, { style: plain });
    expect(text).toMatch(/Name\s+—/);
    expect(text).toContain('none found');
    expect(text).not.toContain('Experience (');
    expect(text).not.toContain('Skills (');
    expect(text).not.toContain('Timing');
  });

  it('wraps a long skills list to the terminal width', () => {
    const skills = Array.from({ length: 30 }, (_, i) => `skill-number-${i}`);
    const text = renderReport(makeReport({ skills }), { style: plain, width: 60 });
    const skillLines = text.split('\n').filter((line) => line.includes('skill-number-'));
    expect(skillLines.length).toBeGreaterThan(5);
    for (const line of skillLines) expect(line.length).toBeLessThanOrEqual(60);
  });
});
