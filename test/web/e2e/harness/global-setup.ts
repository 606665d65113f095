/**
 * Global setup of the web-e2e project: builds the web app if dist/web is stale, starts one real
 * server (from the sources, in its own process) for every e2e file and hands its URL to them
 * (`inject('e2eBaseUrl')`). Runs only when an e2e file is selected.
 */
import type { TestProject } from 'vitest/node';
import { canRunE2e } from './chromium.js';
import { startServerProcess } from './server-process.js';
import { ensureWebBuild } from './web-build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (!canRunE2e) return;
  ensureWebBuild();
  const server = await startServerProcess();
  project.provide('e2eBaseUrl', server.baseUrl);
  return server.stop;
}
