/** Every request a page makes, for asserting what did (or did not) leave the browser. */
import type { Page } from 'playwright-core';

export interface LoggedRequest {
  method: string;
  url: string;
  path: string;
  resourceType: string;
}

export function recordRequests(page: Page): LoggedRequest[] {
  const log: LoggedRequest[] = [];
  page.on('request', (request) => {
    log.push({
      method: request.method(),
      url: request.url(),
      path: new URL(request.url()).pathname,
      resourceType: request.resourceType(),
    });
  });
  return log;
}
