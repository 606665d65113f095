/**
 * What the e2e tests know about the app's markup, in one place: test ids and accessible names
 * (web/README.md lists them). Each helper waits for the state it returns, with bounded timeouts.
 */
import type { Locator, Page, Response } from 'playwright-core';
import type { Report } from '../../../../src/engine/index.js';

export const ANALYSES_PATH = '/api/v1/analyses';

export const ids = {
  uploadInput: 'file-input',
  uploadError: 'upload-error',
  privateToggle: 'private-mode-toggle',
  modeBadge: 'mode-badge',
  scoreGauge: 'score-gauge',
  finding: 'finding',
  showEvidence: 'show-evidence',
  pdfPage: 'pdf-page',
  readingOrder: 'reading-order',
  textView: 'text-view',
  pdfHighlight: 'evidence-highlight',
  textHighlight: 'evidence-line',
  atsView: 'ats-view',
  jobDescription: 'job-description-text',
  runMatch: 'run-match',
  matchScore: 'match-score',
  matchedTerms: 'matched-terms',
  missingTerms: 'missing-terms',
} as const;

export async function openApp(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
  await page.getByTestId(ids.uploadInput).waitFor({ state: 'attached' });
}

const isAnalysisPost = (response: Response) =>
  response.request().method() === 'POST' && new URL(response.url()).pathname === ANALYSES_PATH;

/** Chooses a file in the upload control; resolves with the server's answer to the upload. */
export async function uploadThroughServer(page: Page, path: string): Promise<Response> {
  const answered = page.waitForResponse(isAnalysisPost);
  await page.getByTestId(ids.uploadInput).setInputFiles(path);
  return answered;
}

/** Uploads a resume and waits for the report screen; returns the report the server sent. */
export async function uploadResume(page: Page, path: string): Promise<Report> {
  const response = await uploadThroughServer(page, path);
  if (response.status() !== 201) throw new Error(`upload answered ${response.status()}`);
  const { report } = (await response.json()) as { report: Report };
  await scoreGauge(page).waitFor();
  return report;
}

export const scoreGauge = (page: Page): Locator => page.getByTestId(ids.scoreGauge);

export const findings = (page: Page): Locator => page.getByTestId(ids.finding);

/** The chips of one list of a match result: matched or missing terms. */
export const matchChips = (page: Page, state: 'matched' | 'missing'): Locator =>
  page.getByTestId(state === 'matched' ? ids.matchedTerms : ids.missingTerms).locator('li');

/** The finding with this code (the first, when a code occurs more than once). */
export const findingByCode = (page: Page, code: string): Locator =>
  page.locator(`[data-testid="${ids.finding}"][data-code="${code}"]`).first();

export async function enablePrivateMode(page: Page): Promise<void> {
  await page.getByTestId(ids.privateToggle).check();
}

export async function openAtsView(page: Page): Promise<Locator> {
  const view = page.getByTestId(ids.atsView);
  await view.scrollIntoViewIfNeeded();
  return view;
}

export async function runJobMatch(page: Page, jobDescription: string): Promise<void> {
  await page.getByTestId(ids.jobDescription).fill(jobDescription);
  await page.getByTestId(ids.runMatch).click();
  await page.getByTestId(ids.matchScore).waitFor();
}
