import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from '../../src/report/html-escape.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { makeReport } from '../cli/fake-report.js';
import { makeFinding, makeHealthReport } from './report-fixtures.js';

const HOSTILE = '<script>alert(1)</script><img src=x "onerror=alert(2)">';

function hostileReport() {
  const report = makeHealthReport();
  report.contact.name = HOSTILE;
  report.contact.links = [{ kind: 'other', url: 'https://evil.example/"onerror=alert(3)' }];
  report.sections = [{ kind: 'other', heading: `</td><script>x</script>`, page: 1 }];
  report.skills = [`"onerror=`, '<b>bold</b>'];
  report.experience[0]!.bullets = ['<iframe src="https://evil.example">'];
  report.findings.push(
    makeFinding({
      message: `Found ${HOSTILE}`,
      fix: '<a href="x">',
      evidence: [{ page: 1, snippet: HOSTILE }],
    }),
  );
  return report;
}

describe('renderHtmlReport', () => {
  it('escapes every document-derived string', () => {
    const page = renderHtmlReport(hostileReport(), { fileName: '<cv>.pdf' });
    expect(page).not.toMatch(/<script|<img|<iframe|<a |<b>/i);
    expect(page).not.toMatch(/\sonerror=/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;onerror=');
    expect(page).toContain('Resume Health — &lt;cv&gt;.pdf');
  });

  it('loads nothing: no scripts, no external resources, resume links shown only as text', () => {
    const page = renderHtmlReport(hostileReport());
    // Document text is escaped, so every "<" left in the page opens one of our own tags.
    const tags = page.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(20);
    for (const tag of tags) expect(tag).not.toMatch(/\s(href|src|srcset|action|xmlns|on\w+)=/i);
    expect(page).not.toMatch(/url\(|@import/i);
    const urls = page.match(/https?:\/\/[^\s"<&]+/g) ?? [];
    expect(urls.every((url) => url.startsWith('https://evil.example'))).toBe(true);
    expect(page).toContain("default-src 'none'");
  });

  it('is one printable page with the score, categories, findings by severity and the ATS view', () => {
    const raw = renderHtmlReport(makeHealthReport(), { fileName: 'ada.pdf' });
    // Markup whitespace is irrelevant to the browser; compare on collapsed whitespace.
    const page = raw.replace(/\s+/g, ' ').replace(/> </g, '><');
    expect(raw.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('@media print');
    expect(page).toMatch(/<svg class="gauge poor"[^>]*aria-label="Score 30 out of 100"/);
    expect(page).toContain('capped by fixture.blocker');
    expect(page).toContain('77 without it');
    expect(page).toMatch(
      /<span>contact<\/span\s*>\s*<span class="bar good"[^>]*>\s*<span style="width:80%">/,
    );
    const order = ['Blockers (1)', 'Warnings (1)', 'Tips (1)', 'Dismissed (1, not scored)'];
    const positions = order.map((heading) => page.indexOf(heading));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(page).toContain('page 1, line 1: <span class="snippet">Ada Lovelace</span>');
    expect(page).toContain('<li>and 2 more</li>');
    expect(page).not.toContain('Responsible for 9');
    expect(page).toContain('<strong>Fix:</strong> Add your city and country under your name.');
    expect(page).toContain('2 content checks skipped: language de not assessed');
    expect(page).toContain('1 dates check skipped: no current date given');
    expect(page).not.toContain('parseability check');
    for (const text of [
      'Ada Lovelace',
      'ada@example.com',
      'London, UK',
      'https://github.com/ada',
    ]) {
      expect(page).toContain(text);
    }
    expect(page).toContain('<li>Wrote the first program</li>');
    expect(page).toContain('University of London · BSc · Mathematics');
    expect(page).toContain('<li>Translation</li>');
  });

  it('says when nothing was assessed instead of showing a zero score', () => {
    const report = makeReport();
    report.score = { ...report.score, overall: 0, uncapped: 0, categories: {} };
    const page = renderHtmlReport(report);
    expect(page).toContain('Not assessed: no check applied to this document.');
    expect(page).toContain('aria-label="Score not assessed"');
    expect(page).not.toContain('No findings');
  });

  it('congratulates a resume with nothing to fix', () => {
    expect(renderHtmlReport(makeReport())).toContain('No findings: nothing to fix.');
  });
});

describe('html template', () => {
  it('escapes interpolated text, flattens arrays and drops empty values', () => {
    const items = ['<a>', 'b&c'];
    expect(
      html`<p title="${`"x'`}">${items.map((i) => html`<i>${i}</i>`)}${null}${false}${0}</p>`.value,
    ).toBe('<p title="&quot;x&#39;"><i>&lt;a&gt;</i><i>b&amp;c</i>0</p>');
  });

  it('removes control characters and bidi overrides', () => {
    expect(escapeHtml('Eve\u0000\u001b[2J\u202eliveD')).toBe('Eve[2JliveD');
  });
});
