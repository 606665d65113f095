/** POST/GET/DELETE /api/v1/analyses through inject: status codes, ownership, erasure, caching. */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CacheUnavailableError, createCache } from '../../src/store/cache/index.js';
import { createDatabase } from '../../src/store/db/index.js';
import { RESUME_PDF, resumeFile, startTestApp, type StoredRecord, upload } from './helpers.js';

const MALICIOUS = 'test/fixtures/malicious';

let app: FastifyInstance;
let records: Map<string, StoredRecord>;

beforeAll(async () => {
  const started = await startTestApp({ MAX_UPLOAD_MB: '1' });
  app = started.app;
  records = started.services.database.records;
});
afterAll(() => app.close());

async function createAnalysis() {
  const res = await upload(app, [resumeFile()]);
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string; ownerToken: string; report: Record<string, unknown> }>();
}

describe('POST /api/v1/analyses', () => {
  it('answers 201 with an id, an owner token and the report contract', async () => {
    const body = await createAnalysis();
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.ownerToken.length).toBeGreaterThanOrEqual(43);
    expect(body.report).toMatchObject({ schemaVersion: '1', document: { format: 'pdf' } });
    expect(body.report).toHaveProperty('score.overall');
    // Retention is off by default: the text is neither returned nor stored.
    expect(body.report).not.toHaveProperty('text');
    const stored = records.get(body.id) as { report: object; encryptedText: unknown };
    expect(stored.report).not.toHaveProperty('text');
    expect(stored.encryptedText).toBeNull();
    expect(JSON.stringify(stored)).not.toContain(body.ownerToken);
  });

  it('sends the report as ASCII-only JSON text with the same values as a read', async () => {
    const res = await upload(app, [resumeFile()]);
    expect(res.payload).toMatch(/^[\x20-\x7e]*$/);
    const created = res.json<{ id: string; ownerToken: string; report: unknown }>();
    const read = await app.inject({
      url: `/api/v1/analyses/${created.id}`,
      headers: { 'x-owner-token': created.ownerToken },
    });
    expect(read.json<{ report: unknown }>().report).toStrictEqual(created.report);
  });

  it('matches a job description given as text', async () => {
    const res = await upload(app, [resumeFile()], {
      jobDescription: 'Senior Software Engineer. Requirements: Python, Kubernetes, AWS, 5+ years.',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().report.match.score).toBeTypeOf('number');
  });

  it('leaves dismissed codes out of the score', async () => {
    const first = (await createAnalysis()).report as { findings: Array<{ code: string }> };
    const code = first.findings[0]!.code;
    const res = await upload(app, [resumeFile()], { dismiss: code });
    expect(res.statusCode).toBe(201);
    const report = res.json().report as { dismissed: Array<{ code: string }> };
    expect(report.dismissed.map((f) => f.code)).toContain(code);
  });

  it('serves a repeated upload from the cache', async () => {
    const metrics = async () => (await app.inject('/metrics')).body;
    const hits = (text: string) =>
      Number(/^analysis_cache_hits_total (\d+)/m.exec(text)?.[1] ?? '0');
    const before = hits(await metrics());
    const bytes = readFileSync('test/fixtures/corpus/en-billryan.pdf');
    const [a, b] = await Promise.all([
      upload(app, [resumeFile(bytes)]),
      upload(app, [resumeFile(bytes)]),
    ]);
    const c = await upload(app, [resumeFile(bytes)]);
    expect([a.statusCode, b.statusCode, c.statusCode]).toEqual([201, 201, 201]);
    // Two of three were answered without a worker: one joined in flight, one from the cache.
    expect(hits(await metrics()) - before).toBe(2);
    expect(c.json().report).toEqual(a.json().report);
    expect(c.json().id).not.toBe(a.json().id);
    // All three share one report; only the computing upload asked for it to be stored.
    const stored = [a, b, c].map((res) => records.get(res.json<{ id: string }>().id)!);
    expect(new Set(stored.map((record) => record.reportKey)).size).toBe(1);
    expect(stored.filter((record) => record.isReportComputed)).toHaveLength(1);
  });

  it.each([
    ['no file part', [], {}, 'FILE_REQUIRED'],
    ['an empty file', [resumeFile(new Uint8Array(0), 'empty.pdf')], {}, 'EMPTY_FILE'],
    ['an unknown file field', [{ ...resumeFile(), name: 'other' }], {}, 'TOO_MANY_PARTS'],
    ['an invalid dismiss code', [resumeFile()], { dismiss: '<script>' }, 'BAD_REQUEST'],
  ] as const)('answers 400 for %s', async (_name, files, fields, code) => {
    const res = await upload(app, [...files], fields);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe(code);
  });

  it('answers 400 for a malformed or cut-off multipart body', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/analyses',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      payload:
        '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('MALFORMED_UPLOAD');
  });

  it('answers 413 for a file over the limit', async () => {
    const big = new Uint8Array(1024 * 1024 + 10).fill(0x20);
    const res = await upload(app, [resumeFile(big, 'big.txt')]);
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('FILE_TOO_LARGE');
  });

  it('answers 413 before reading a body whose declared length is far too large', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/analyses',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': '99999999' },
      payload: '--x--',
    });
    expect(res.statusCode).toBe(413);
  });

  it.each([
    ['image.png', 415, 'UNSUPPORTED_TYPE'],
    ['docx-named.pdf', 415, 'TYPE_MISMATCH'],
    ['encrypted-password.pdf', 422, 'PDF_PASSWORD_REQUIRED'],
    ['zip-bomb.docx', 422, 'ARCHIVE_LIMIT_EXCEEDED'],
  ])('answers %s with %i %s', async (file, status, code) => {
    const bytes = readFileSync(`${MALICIOUS}/${file}`);
    const res = await upload(app, [{ bytes, filename: file }]);
    expect(res.statusCode).toBe(status);
    expect(res.json().code).toBe(code);
  });

  it('answers 415 for a body that is not multipart', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/analyses',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('GET and DELETE /api/v1/analyses/:id', () => {
  it('returns the analysis to its owner only; everyone else gets the same 404', async () => {
    const created = await createAnalysis();
    const url = `/api/v1/analyses/${created.id}`;
    const mine = await app.inject({ url, headers: { 'x-owner-token': created.ownerToken } });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().report).toEqual(created.report);
    expect(mine.headers['cache-control']).toBe('no-store');

    const other = await createAnalysis();
    const answers = await Promise.all([
      app.inject({ url, headers: { 'x-owner-token': other.ownerToken } }),
      app.inject({ url }),
      app.inject({
        url: '/api/v1/analyses/AAAAAAAAAAAAAAAAAAAAAA',
        headers: { 'x-owner-token': created.ownerToken },
      }),
      app.inject({
        url: '/api/v1/analyses/not-an-id',
        headers: { 'x-owner-token': created.ownerToken },
      }),
    ]);
    for (const res of answers) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    }
    expect(answers[0]!.json().detail).toBe(answers[2]!.json().detail);
  });

  it('deletes everything of one analysis, for its owner only', async () => {
    const created = await createAnalysis();
    const url = `/api/v1/analyses/${created.id}`;
    const denied = await app.inject({ method: 'DELETE', url, headers: { 'x-owner-token': 'x' } });
    expect(denied.statusCode).toBe(404);
    expect(records.has(created.id)).toBe(true);

    const headers = { 'x-owner-token': created.ownerToken };
    const deleted = await app.inject({ method: 'DELETE', url, headers });
    expect(deleted.statusCode).toBe(204);
    expect(records.has(created.id)).toBe(false);
    expect((await app.inject({ url, headers })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url, headers })).statusCode).toBe(404);
  });
});

describe('analyses stored in the embedded database', () => {
  it('answers repeated uploads with the same report and keeps it until the last is deleted', async () => {
    const database = await createDatabase({ dataDir: 'memory://' });
    const started = await startTestApp({}, { overrides: { database } });
    try {
      const bytes = readFileSync('test/fixtures/corpus/rendercv-classic.pdf');
      const first = await upload(started.app, [resumeFile(bytes)]);
      const cached = await upload(started.app, [resumeFile(bytes)]);
      const reportText = (body: string) => body.slice(body.indexOf('"report":'));
      expect(reportText(cached.body)).toBe(reportText(first.body));

      const created = [first, cached].map((res) =>
        res.json<{ id: string; ownerToken: string; report: unknown }>(),
      );
      const read = (analysis: { id: string; ownerToken: string }) =>
        started.app.inject({
          url: `/api/v1/analyses/${analysis.id}`,
          headers: { 'x-owner-token': analysis.ownerToken },
        });
      for (const analysis of created) {
        expect((await read(analysis)).json().report).toStrictEqual(analysis.report);
      }

      const erase = (analysis: { id: string; ownerToken: string }) =>
        started.app.inject({
          method: 'DELETE',
          url: `/api/v1/analyses/${analysis.id}`,
          headers: { 'x-owner-token': analysis.ownerToken },
        });
      expect((await erase(created[0]!)).statusCode).toBe(204);
      expect((await read(created[0]!)).statusCode).toBe(404);
      expect((await read(created[1]!)).json().report).toStrictEqual(created[1]!.report);
      expect((await erase(created[1]!)).statusCode).toBe(204);
      expect((await read(created[1]!)).statusCode).toBe(404);
    } finally {
      await started.app.close();
      await database.close();
    }
  });
});

describe('retention', () => {
  it('keeps the text only encrypted, with an expiry, and returns it to the owner', async () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const started = await startTestApp({ RETENTION_DAYS: '30', ENCRYPTION_KEY: key });
    try {
      const res = await upload(started.app, [resumeFile(RESUME_PDF)]);
      expect(res.statusCode).toBe(201);
      const { id, ownerToken, report } = res.json();
      expect(report.text.length).toBeGreaterThan(100);
      const stored = started.services.database.records.get(id)!;
      expect(stored.encryptedText).toBeInstanceOf(Uint8Array);
      const name = String(report.contact.name ?? 'Claud');
      expect(Buffer.from(stored.encryptedText!).toString('latin1')).not.toContain(name);
      expect(stored.expiresAt!.getTime() - stored.createdAt.getTime()).toBe(30 * 86_400_000);
      const got = await started.app.inject({
        url: `/api/v1/analyses/${id}`,
        headers: { 'x-owner-token': ownerToken },
      });
      expect(got.json().report.text).toBe(report.text);
    } finally {
      await started.app.close();
    }
  });

  it('returns non-ASCII text intact, as escapes in a body that is ASCII from end to end', async () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const started = await startTestApp({ RETENTION_DAYS: '30', ENCRYPTION_KEY: key });
    try {
      const resume = [
        'José Müller-Łukasiewicz',
        'jose.muller@example.com · +49 30 1234567',
        '',
        'Experience',
        'Ingénieur logiciel, Société Générale — Paris, 2019–2024',
        '• Réduit la latence de 40 % (東京 and Zürich teams) 🚀',
        '',
        'Education',
        'Technische Universität München, M.Sc. Informatik, 2017–2019',
      ].join('\n');
      const res = await upload(started.app, [
        { bytes: new TextEncoder().encode(resume), filename: 'resume.txt', type: 'text/plain' },
      ]);
      expect(res.statusCode).toBe(201);
      expect(res.rawPayload.every((byte) => byte < 0x80)).toBe(true);
      const { report } = res.json();
      expect(report.text).toContain('José Müller-Łukasiewicz');
      expect(report.text).toContain('東京 and Zürich teams) 🚀');
      expect(report.contact.name).toBe('José Müller-Łukasiewicz');
      expect(report.contact.emails).toStrictEqual(['jose.muller@example.com']);
    } finally {
      await started.app.close();
    }
  });
});

describe('erasure reaches the cache', () => {
  const erase = (app: FastifyInstance, analysis: { id: string; ownerToken: string }) =>
    app.inject({
      method: 'DELETE',
      url: `/api/v1/analyses/${analysis.id}`,
      headers: { 'x-owner-token': analysis.ownerToken },
    });

  it('evicts the cached report with the analysis, so the next upload is analysed afresh', async () => {
    const started = await startTestApp();
    try {
      const records = started.services.database.records;
      const created = (await upload(started.app, [resumeFile(RESUME_PDF)])).json();
      const { reportKey } = records.get(created.id)!;
      expect(await started.services.cache.get(reportKey)).toBeDefined();

      expect((await erase(started.app, created)).statusCode).toBe(204);
      expect(records.has(created.id)).toBe(false);
      expect(await started.services.cache.get(reportKey)).toBeUndefined();

      const again = (await upload(started.app, [resumeFile(RESUME_PDF)])).json();
      expect(records.get(again.id)).toMatchObject({ reportKey, isReportComputed: true });
    } finally {
      await started.app.close();
    }
  });

  it('erases nothing and answers 503 while the shared cache cannot delete', async () => {
    const cache = createCache();
    const remove = cache.delete.bind(cache);
    let isCacheDown = true;
    cache.delete = async (key) => {
      if (isCacheDown) throw new CacheUnavailableError();
      return remove(key);
    };
    const started = await startTestApp({}, { overrides: { cache } });
    try {
      const created = (await upload(started.app, [resumeFile(RESUME_PDF)])).json();
      const refused = await erase(started.app, created);
      expect(refused.statusCode).toBe(503);
      expect(refused.json()).toMatchObject({ code: 'CACHE_UNAVAILABLE', status: 503 });
      expect(refused.headers['retry-after']).toBe('5');
      expect(started.services.database.records.has(created.id)).toBe(true);

      isCacheDown = false;
      expect((await erase(started.app, created)).statusCode).toBe(204);
      expect(started.services.database.records.has(created.id)).toBe(false);
    } finally {
      await started.app.close();
    }
  });
});
