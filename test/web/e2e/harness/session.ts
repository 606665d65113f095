/**
 * One browser per e2e file, launched in beforeAll and always closed in afterAll, against the one
 * server the global setup started; each test gets a fresh browser context (no shared cache,
 * storage or cookies), closed after it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject, onTestFailed } from 'vitest';
import { launchBrowser, newContext, type ContextOptions } from './chromium.js';

export interface E2eSession {
  readonly baseUrl: string;
  newPage(options?: ContextOptions): Promise<Page>;
}

export function useE2eSession(): E2eSession {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await Promise.allSettled(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    get baseUrl() {
      return inject('e2eBaseUrl');
    },
    async newPage(options = {}) {
      if (!browser) throw new Error('the browser is not running');
      const context = await newContext(browser, options);
      contexts.push(context);
      const page = await context.newPage();
      reportBrowserErrorsOnFailure(page);
      return page;
    },
  };
}

/** A failing test prints what the page logged as errors: usually the fastest way to the cause. */
function reportBrowserErrorsOnFailure(page: Page): void {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) =>
    errors.push(
      `requestfailed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`,
    ),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  onTestFailed(() => {
    if (errors.length > 0) console.error(`browser errors:\n  ${errors.join('\n  ')}`);
  });
}
