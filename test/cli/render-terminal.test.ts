import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/cli/render-terminal.js';
import { createStyle } from '../../src/cli/style.js';
import { makeFinding, makeHealthReport } from '../report/report-fixtures.js';
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

describe('renderReport health section', () => {
  const text = renderReport(makeHealthReport(), { style: plain, fileName: 'ada.pdf' });

  it('shows the score with the capping blocker, then a bar per assessed category', () => {
    expect(text).toMatch(/Score {2}30\/100 {2}\(capped by fixture\.blocker; 77 without it\)/);
    expect(text).toMatch(
      / {2}parseability +█{6}░{14} {2}30\n {2}layout +█{20} 100\n {2}contact +█{16}░{4} {2}80/,
    );
    expect(text).not.toMatch(/ {2}dates +█/);
  });

  it('comes after the document summary and before what the ATS reads', () => {
    const order = [
      'Document',
      'Score',
      'Categories',
      'Blockers (1)',
      'Warnings (1)',
      'Tips (1)',
      'Dismissed',
      'Skipped checks',
      'Contact',
    ];
    const positions = order.map((heading) => text.indexOf(`\n${heading}`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('prints each finding with its message, code, evidence and fix', () => {
    expect(text).toContain(
      [
        '  ▲ No city or region found. [fixture.warning]',
        '    page 1, line 1 · “Ada Lovelace”',
        '    Fix: Add your city and country under your name.',
      ].join('\n'),
    );
    expect(text).toContain('  ✖ Page 2 has no text layer. [fixture.blocker]\n    page 2\n');
  });

  it('lists at most three pieces of evidence and counts the rest', () => {
    expect(text).toContain('“Responsible for 2”\n    … and 7 more\n');
    expect(text).not.toContain('Responsible for 3');
  });

  it('lists dismissed codes and summarises skipped checks by category and reason', () => {
    expect(text).toContain('Dismissed (1, not scored)\n  fixture.dismissed\n');
    expect(text).toContain('  2 content checks skipped: language de not assessed');
    expect(text).toContain('  1 dates check skipped: no current date given\n\n');
  });

  it('colours severities and scores on a terminal', () => {
    const coloured = renderReport(makeHealthReport(), { style: createStyle({ isColor: true }) });
    expect(coloured).toContain('\u001b[31m✖\u001b[39m');
    expect(coloured).toContain('\u001b[33m▲\u001b[39m');
    expect(coloured).toContain('\u001b[31m30/100\u001b[39m');
  });

  it('strips control sequences from finding text', () => {
    const report = makeHealthReport();
    report.findings[1] = makeFinding({
      message: 'Bad \u001b[2J',
      evidence: [{ snippet: '\u202eevil' }],
    });
    const unsafe = renderReport(report, { style: plain });
    expect(unsafe).not.toContain('\u001b');
    expect(unsafe).not.toContain('\u202e');
  });

  it('says when nothing was assessed and when there is nothing to fix', () => {
    const unassessed = makeReport();
    unassessed.score = { ...unassessed.score, overall: 0, uncapped: 0, categories: {} };
    expect(renderReport(unassessed, { style: plain })).toContain(
      'Score  not assessed: no check applied to this document',
    );
    const clean = renderReport(makeReport(), { style: plain });
    expect(clean).toMatch(/Score {2}82\/100 {2}rh-score-2/);
    expect(clean).toContain('No findings: nothing to fix.');
  });
});
