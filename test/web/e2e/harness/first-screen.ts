/**
 * First-screen timing from the browser's own clocks: Navigation Timing
 * (https://www.w3.org/TR/navigation-timing-2/) plus a mark set the moment the upload control is in
 * the page and enabled, observed by a script that runs before the app's.
 */
import type { Page } from 'playwright-core';

export const UPLOAD_READY_MARK = 'e2e:upload-ready';

export interface FirstScreenTiming {
  domInteractiveMs: number;
  domContentLoadedMs: number;
  loadEventEndMs: number;
  uploadReadyMs: number;
}

/** Call before navigating: installs the observer that marks when the upload input is usable. */
export async function observeUploadReady(page: Page, testId: string): Promise<void> {
  await page.addInitScript(
    ({ selector, mark }) => {
      const isReady = () => {
        const input = document.querySelector(selector);
        return input instanceof HTMLInputElement && !input.disabled;
      };
      const observer = new MutationObserver(() => {
        if (!isReady()) return;
        performance.mark(mark);
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    },
    { selector: `[data-testid="${testId}"]`, mark: UPLOAD_READY_MARK },
  );
}

export async function readFirstScreenTiming(page: Page): Promise<FirstScreenTiming> {
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    UPLOAD_READY_MARK,
  );
  await page.waitForLoadState('load');
  return page.evaluate((mark) => {
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    const [ready] = performance.getEntriesByName(mark);
    if (!navigation || !ready) throw new Error('no navigation timing or upload mark');
    return {
      domInteractiveMs: navigation.domInteractive,
      domContentLoadedMs: navigation.domContentLoadedEventEnd,
      loadEventEndMs: navigation.loadEventEnd,
      uploadReadyMs: ready.startTime,
    };
  }, UPLOAD_READY_MARK);
}
