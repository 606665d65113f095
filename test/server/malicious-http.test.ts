/**
 * The engine's bad-input suite (test/fixtures/malicious) sent over HTTP: each file gets the status
 * its engine outcome maps to, and the server answers /health between every two of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_STATUS, isErrorCode } from '../../src/server/errors.js';
import { startTestApp, upload } from './helpers.js';

const DIR = 'test/fixtures/malicious';

interface ManifestCase {
  file: string;
  expect: { error: string } | { result: true } | { accept: string[] };
  padToBytes?: number;
}

const { cases } = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as {
  cases: ManifestCase[];
};

function statusOf(outcome: string): number {
  if (outcome === 'result') return 201;
  if (!isErrorCode(outcome)) throw new Error(`no status for ${outcome}`);
  return ERROR_STATUS[outcome];
}

function expectedStatuses(item: ManifestCase): number[] {
  if ('error' in item.expect) return [statusOf(item.expect.error)];
  if ('accept' in item.expect) return item.expect.accept.map(statusOf);
  return [201];
}

let app: FastifyInstance;
beforeAll(async () => {
  // Files above 10 MiB are part of the suite: keep the production limit.
  ({ app } = await startTestApp({ WORKERS: '2', RATE_LIMIT_ANALYSES: '0' }));
});
afterAll(() => app.close());

describe('bad-input suite over HTTP', () => {
  it.each(cases.map((item) => [item.file, item] as const))(
    '%s gets its documented status and /health still answers',
    async (file, item) => {
      let bytes: Uint8Array = new Uint8Array(readFileSync(join(DIR, file)));
      if (item.padToBytes !== undefined) {
        const padded = new Uint8Array(item.padToBytes).fill(0x0a);
        padded.set(bytes);
        bytes = padded;
      }
      const res = await upload(app, [{ bytes, filename: file }]);
      expect(expectedStatuses(item), res.body.slice(0, 200)).toContain(res.statusCode);
      if (res.statusCode !== 201) {
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
      expect((await app.inject('/health')).statusCode).toBe(200);
    },
    60_000,
  );
});
