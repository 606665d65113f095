/**
 * axe-core over the upload screen and the report screen (desktop and phone widths): no serious or
 * critical WCAG 2.1 A/AA violations.
 */
import { describe, expect, it } from 'vitest';
import { openApp, uploadResume } from './harness/app-page.js';
import { blockingViolations, describeViolations, runAxe } from './harness/axe.js';
import { canRunE2e } from './harness/chromium.js';
import { SIDEBAR_PDF } from './harness/fixtures.js';
import { useE2eSession } from './harness/session.js';

const PHONE = { width: 390, height: 844 };

describe.skipIf(!canRunE2e)('accessibility (axe-core)', () => {
  const session = useE2eSession();

  it('finds no serious violations on the upload screen', async () => {
    const page = await session.newPage({ bypassCSP: true });
    await openApp(page, session.baseUrl);
    const results = await runAxe(page);
    expect(results.passes).toBeDefined();
    expect(describeViolations(blockingViolations(results))).toEqual([]);
  });

  it('finds no serious violations on the report screen at a phone width', async () => {
    const page = await session.newPage({ bypassCSP: true, viewport: PHONE });
    await openApp(page, session.baseUrl);
    await uploadResume(page, SIDEBAR_PDF);
    const results = await runAxe(page);
    expect(describeViolations(blockingViolations(results))).toEqual([]);
  });
});
