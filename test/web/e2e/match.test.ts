/**
 * Job match in the browser: paste a job description after an upload and see the match score with
 * matched and missing terms as chips, required ones marked. The expected terms come from the
 * engine itself, run here on the same files.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/index.js';
import type { MatchResult } from '../../../src/engine/model/match.js';
import { ids, matchChips, openApp, runJobMatch, uploadResume } from './harness/app-page.js';
import { canRunE2e, POLL } from './harness/chromium.js';
import { JOB_DESCRIPTION, RESUME_PDF } from './harness/fixtures.js';
import { saveScreenshot } from './harness/screenshots.js';
import { useE2eSession } from './harness/session.js';

describe.skipIf(!canRunE2e)('job match in the web app', () => {
  const session = useE2eSession();
  let expected: MatchResult;

  beforeAll(async () => {
    const report = await analyze(new Uint8Array(readFileSync(RESUME_PDF)), {
      jobDescription: JOB_DESCRIPTION,
      now: new Date(),
    });
    expected = report.match!;
    // The fixture and job are chosen so that both kinds of chips appear.
    expect(expected.matched.length).toBeGreaterThan(0);
    expect(expected.missing.some((term) => term.required)).toBe(true);
  });

  it('shows matched and missing terms as chips, with required ones marked', async () => {
    const page = await session.newPage();
    await openApp(page, session.baseUrl);
    await uploadResume(page, RESUME_PDF);
    await runJobMatch(page, JOB_DESCRIPTION);

    await expect
      .poll(() => page.getByTestId(ids.matchScore).textContent(), POLL)
      .toContain(String(expected.score));
    const matched = await matchChips(page, 'matched').allTextContents();
    const missing = matchChips(page, 'missing');
    for (const term of expected.matched) {
      expect(matched.some((chip) => chip.startsWith(term.term))).toBe(true);
    }
    for (const term of expected.missing) {
      const chip = missing.filter({ hasText: term.term });
      await expect(chip.count()).resolves.toBe(1);
      await expect(chip.textContent()).resolves.toMatch(
        term.required ? /required/ : /^(?!.*required)/,
      );
    }
    await saveScreenshot(page.getByTestId('match-panel'), 'match');
  });
});
