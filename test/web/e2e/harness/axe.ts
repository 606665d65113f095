/**
 * Runs axe-core (https://github.com/dequelabs/axe-core) inside the page. The script is injected as
 * a tag, so the context needs `bypassCSP` when the app's Content-Security-Policy forbids inline code.
 */
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

export async function runAxe(page: Page): Promise<AxeResults> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(() =>
    (
      window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }
    ).axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    }),
  );
}

export function blockingViolations(results: AxeResults): Result[] {
  return results.violations.filter((v) => v.impact != null && BLOCKING_IMPACTS.has(v.impact));
}

/** One line per violation and node, readable in a failing assertion. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${v.impact} ${v.id}: ${node.target.join(' ')} — ${v.help}`),
  );
}
