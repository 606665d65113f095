/**
 * Private mode runs the engine in the browser: the report appears and the network log shows the
 * resume never left the page (no POST at all, in particular none to the analyses endpoint).
 */
import { describe, expect, it } from 'vitest';
import { ANALYSES_PATH, enablePrivateMode, ids, openApp, scoreGauge } from './harness/app-page.js';
import { canRunE2e, POLL } from './harness/chromium.js';
import { RESUME_PDF } from './harness/fixtures.js';
import { recordRequests } from './harness/network-log.js';
import { useE2eSession } from './harness/session.js';

describe.skipIf(!canRunE2e)('private mode', () => {
  const session = useE2eSession();

  it('analyses a PDF in the browser with no upload request leaving the page', async () => {
    const page = await session.newPage();
    const requests = recordRequests(page);
    await openApp(page, session.baseUrl);
    await enablePrivateMode(page);
    await expect
      .poll(() => page.getByTestId(ids.modeBadge).textContent(), POLL)
      .toMatch(/private/i);

    await page.getByTestId(ids.uploadInput).setInputFiles(RESUME_PDF);
    await scoreGauge(page).waitFor({ timeout: 20_000 });
    await expect.poll(() => scoreGauge(page).textContent(), POLL).toMatch(/\d/);

    expect(requests.filter((r) => r.path === ANALYSES_PATH)).toEqual([]);
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(requests.every((r) => r.url.startsWith(session.baseUrl))).toBe(true);
  });
});
