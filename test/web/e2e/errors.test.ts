/**
 * Files the app must refuse: an image is stopped in the browser before any upload; an executable
 * named .pdf gets past the browser's check, and the server's 415 is shown as a message.
 */
import { describe, expect, it } from 'vitest';
import { ANALYSES_PATH, ids, openApp, uploadThroughServer } from './harness/app-page.js';
import { canRunE2e } from './harness/chromium.js';
import { elfBytes, PNG_BYTES, writeTempFile } from './harness/fixtures.js';
import { recordRequests } from './harness/network-log.js';
import { useE2eSession } from './harness/session.js';

describe.skipIf(!canRunE2e)('upload errors in the web app', () => {
  const session = useE2eSession();

  it('refuses a PNG in the browser, without sending it', async () => {
    const page = await session.newPage();
    const requests = recordRequests(page);
    await openApp(page, session.baseUrl);
    await page.getByTestId(ids.uploadInput).setInputFiles(writeTempFile('photo.png', PNG_BYTES));
    const alert = page.getByTestId(ids.uploadError);
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('CLIENT_UNSUPPORTED_TYPE');
    expect(await alert.textContent()).toMatch(/Choose a PDF, Word/);
    expect(requests.filter((r) => r.path === ANALYSES_PATH)).toEqual([]);
  });

  it('shows the server’s 415 message for an executable named resume.pdf', async () => {
    const page = await session.newPage();
    await openApp(page, session.baseUrl);
    const response = await uploadThroughServer(page, writeTempFile('resume.pdf', elfBytes()));
    expect(response.status()).toBe(415);
    const alert = page.getByTestId(ids.uploadError);
    await alert.waitFor();
    const problem = (await response.json()) as { code: string; requestId: string };
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.getAttribute('data-code')).toBe(problem.code);
    expect(await alert.textContent()).toContain(problem.requestId);
  });
});
