/**
 * Shared set-up for the component tests: real reports from the engine on real fixtures (the same
 * `analyze` the browser runs in private mode), sessions around them, and the app's providers.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import type { ReactElement } from 'react';
import { analyze, type AnalyzeOptions } from '../../../src/engine/analyze.js';
import type { Report } from '../../../src/engine/model/index.js';
import type { Session } from '../../../web/src/session.js';
import { AnnouncerProvider } from '../../../web/src/ui/announcer.js';

export const NOW = new Date('2025-06-01T00:00:00Z');
const RESUMES = 'test/fixtures/resumes';

export function readResume(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${RESUMES}/${name}`));
}

export async function analyzeResume(name: string, options: AnalyzeOptions = {}): Promise<Report> {
  return analyze(readResume(name), { declaredName: name, now: NOW, ...options });
}

export function sessionFor(name: string, report: Report): Session {
  const bytes = readResume(name);
  return { id: 1, mode: 'private', file: new File([bytes.slice()], name), bytes, report };
}

export function renderWithProviders(ui: ReactElement): RenderResult {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <QueryClientProvider client={client}>
      <AnnouncerProvider>{ui}</AnnouncerProvider>
    </QueryClientProvider>,
  );
}
