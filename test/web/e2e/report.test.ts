/**
 * Upload → report in a real browser against the real server: the score the server computed is the
 * one on the gauge, and clicking a finding highlights its evidence on the rendered page (pdf.js
 * canvas for PDFs, the text view for DOCX).
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../../src/engine/index.js';
import {
  findingByCode,
  findings,
  ids,
  openApp,
  openAtsView,
  scoreGauge,
  uploadResume,
} from './harness/app-page.js';
import { canRunE2e, POLL } from './harness/chromium.js';
import { RESUME_DOCX, RESUME_PDF, SIDEBAR_PDF } from './harness/fixtures.js';
import { saveScreenshot } from './harness/screenshots.js';
import { useE2eSession } from './harness/session.js';

function firstFindingWithEvidence(report: Report): Finding {
  const found = report.findings.find((f) => f.evidence[0]?.snippet);
  if (!found) throw new Error('the fixture has no finding with evidence');
  return found;
}

function firstFindingWithBox(report: Report): Finding {
  const found = report.findings.find((f) => f.evidence[0]?.box);
  if (!found) throw new Error('the fixture has no finding with a box on the page');
  return found;
}

/** Whether the centre of `inner` lies within `outer`. */
async function isCentredWithin(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
  if (!a || !b || a.width <= 0 || a.height <= 0) return false;
  const [x, y] = [a.x + a.width / 2, a.y + a.height / 2];
  return x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
}

async function showEvidence(page: Page, finding: Finding): Promise<void> {
  await findingByCode(page, finding.code).getByTestId(ids.showEvidence).first().click();
}

describe.skipIf(!canRunE2e)('the web app from upload to report', () => {
  const session = useE2eSession();

  it('shows the score the server computed for an uploaded PDF', async () => {
    const page = await session.newPage();
    await openApp(page, session.baseUrl);
    await saveScreenshot(page, 'upload');
    const report = await uploadResume(page, RESUME_PDF);
    await expect
      .poll(() => scoreGauge(page).textContent(), POLL)
      .toContain(String(report.score.overall));
    expect(await findings(page).count()).toBe(report.findings.length);
    await saveScreenshot(page, 'report');
  });

  it('highlights a finding’s evidence on the rendered PDF page', async () => {
    const page = await session.newPage();
    await openApp(page, session.baseUrl);
    const report = await uploadResume(page, SIDEBAR_PDF);
    const canvas = page.getByTestId(ids.pdfPage).locator('canvas');
    await canvas.waitFor();
    await showEvidence(page, firstFindingWithBox(report));
    const mark = page.getByTestId(ids.pdfHighlight);
    await mark.waitFor({ state: 'visible' });
    await expect.poll(() => isCentredWithin(mark, canvas), POLL).toBe(true);
    await saveScreenshot(page.locator('.report-columns'), 'evidence');
  });

  it('highlights a finding’s evidence in the text view of a DOCX', async () => {
    const page = await session.newPage();
    await openApp(page, session.baseUrl);
    const report = await uploadResume(page, RESUME_DOCX);
    await expect
      .poll(() => scoreGauge(page).textContent(), POLL)
      .toContain(String(report.score.overall));
    const finding = firstFindingWithEvidence(report);
    await showEvidence(page, finding);
    const line = page.getByTestId(ids.textHighlight);
    await line.waitFor({ state: 'visible' });
    await expect.poll(() => isCentredWithin(line, page.getByTestId(ids.textView)), POLL).toBe(true);
    expect(await line.textContent()).toContain(finding.evidence[0]!.snippet!.slice(0, 20));
  });

  it('shows what the ATS reads: contact, sections and jobs of a two-column resume', async () => {
    const page = await session.newPage();
    await openApp(page, session.baseUrl);
    const report = await uploadResume(page, SIDEBAR_PDF);
    // Two columns: the order an ATS reads the blocks in is drawn over the page, one marker each.
    const order = page.getByTestId(ids.readingOrder);
    await order.waitFor();
    expect(await order.locator('circle').count()).toBeGreaterThanOrEqual(2);
    const view = await openAtsView(page);
    const text = (await view.textContent()) ?? '';
    expect(text).toContain(report.contact.name!);
    for (const section of report.sections) expect(text).toContain(section.heading);
    for (const job of report.experience) expect(text).toContain(job.title);
    await saveScreenshot(view, 'ats-view');
  });
});
