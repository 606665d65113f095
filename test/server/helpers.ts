/** Shared set-up for the API tests: a config, in-process stores, multipart bodies. */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/config.js';
import { buildApp, type BuildAppOptions } from '../../src/server/app.js';
import type { Services } from '../../src/server/services/create-services.js';
import { createCache } from '../../src/store/cache/index.js';
import type { AnalysisRecord, Database, NewAnalysisRecord } from '../../src/store/ports.js';
import { createRateLimitStore } from '../../src/store/rate-limit/index.js';
import { createParsePool } from '../../src/worker/pool.js';

export const RESUME_PDF = readFileSync('test/fixtures/corpus/awesomecv-resume.pdf');

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WORKERS: '1', ...env });
}

/** What the memory database keeps: the record, and how the service said to store its report. */
export type StoredRecord = AnalysisRecord &
  Pick<NewAnalysisRecord, 'reportKey' | 'isReportComputed'>;

/** A Map behind the Database port: fast, and lets tests look at exactly what was stored. */
export function createMemoryDatabase(): Database & { records: Map<string, StoredRecord> } {
  const records = new Map<string, StoredRecord>();
  return {
    kind: 'pglite',
    records,
    analyses: {
      create: async (created) => {
        // Stored as a database would: JSON text comes back as the parsed report.
        const { reportJson, ...rest } = created;
        const report = JSON.parse(reportJson) as AnalysisRecord['report'];
        records.set(created.id, structuredClone({ ...rest, report }));
      },
      get: async (id) => structuredClone(records.get(id) ?? null),
      delete: async (id) => records.delete(id),
      purgeExpired: async () => 0,
    },
    ping: async () => undefined,
    close: async () => undefined,
  };
}

export function createTestServices(
  config: Config,
  overrides: Partial<Services> = {},
): Services & { database: Database & { records: Map<string, StoredRecord> } } {
  const services = {
    database: Object.assign(createMemoryDatabase(), overrides.database),
    cache: overrides.cache ?? createCache(),
    rateLimits: overrides.rateLimits ?? createRateLimitStore(),
    pool: overrides.pool ?? createParsePool(config),
  };
  return {
    ...services,
    close: async () => {
      await Promise.allSettled([
        services.pool.close(),
        services.cache.close(),
        services.rateLimits.close(),
      ]);
    },
  };
}

export async function startTestApp(
  env: Record<string, string> = {},
  options: Partial<BuildAppOptions> & { overrides?: Partial<Services> } = {},
) {
  const config = testConfig(env);
  const services = createTestServices(config, options.overrides);
  const app = await buildApp({ config, services, ...options });
  return { app, config, services };
}

export interface FilePart {
  name?: string;
  bytes: Uint8Array;
  filename: string;
  type?: string;
}

/** A multipart body built by the platform's FormData, as a browser would send it. */
export async function multipart(
  files: FilePart[],
  fields: Record<string, string | string[]> = {},
): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  for (const file of files) {
    const blob = new Blob([new Uint8Array(file.bytes)], {
      type: file.type ?? 'application/octet-stream',
    });
    form.append(file.name ?? 'file', blob, file.filename);
  }
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')! },
  };
}

export async function upload(
  app: FastifyInstance,
  files: FilePart[],
  fields: Record<string, string | string[]> = {},
  url = '/api/v1/analyses',
): Promise<LightMyRequestResponse> {
  const body = await multipart(files, fields);
  return app.inject({ method: 'POST', url, ...body });
}

export const resumeFile = (bytes: Uint8Array = RESUME_PDF, filename = 'resume.pdf'): FilePart => ({
  bytes,
  filename,
  type: 'application/pdf',
});

/** A log destination for `startTestApp`'s `logStream` that keeps every line written. */
export function captureLogs(): { lines: string[]; logStream: Writable } {
  const lines: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logStream };
}
