/**
 * Screenshots of the main screens for the README. Written only when UPDATE_SCREENSHOTS=1, so a
 * plain `npm test` never rewrites tracked images.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const SCREENSHOT_DIR = 'docs/screenshots';
const isUpdating = process.env.UPDATE_SCREENSHOTS === '1';

export async function saveScreenshot(target: Page | Locator, name: string): Promise<void> {
  if (!isUpdating) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await target.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}
