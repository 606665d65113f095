/**
 * Debian's Chromium driven by playwright-core (never `playwright install`: CI installs the system
 * package in .ci/run). The e2e suites skip when the binary is missing.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's package; CHROMIUM_PATH points elsewhere (or at nothing, to skip the suite). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
/** The e2e suites need the browser and the web app's sources (or a build of them). */
export const canRunE2e =
  hasChromium && (existsSync('web/index.html') || existsSync('dist/web/index.html'));

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Bounded defaults so a missing element fails in seconds, not at the test timeout. */
export const ACTION_TIMEOUT_MS = 10_000;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, timeout: 30_000 });
}

export interface ContextOptions {
  viewport?: { width: number; height: number };
  /** For injecting test scripts (axe) past the app's Content-Security-Policy. */
  bypassCSP?: boolean;
}

/** A fresh context per test: no shared storage, a desktop viewport unless one is given. */
export async function newContext(
  browser: Browser,
  { viewport = { width: 1280, height: 900 }, bypassCSP = false }: ContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, bypassCSP, reducedMotion: 'reduce' });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
  return context;
}

/** For `expect.poll`, whose own default bound is one second. */
export const POLL = { timeout: ACTION_TIMEOUT_MS } as const;
