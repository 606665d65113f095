/** Cross-cutting behaviour: headers, CORS, request ids, rate limits, problem documents, docs. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../../src/server/errors.js';
import { captureLogs, resumeFile, startTestApp, upload } from './helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await startTestApp({ CORS_ORIGINS: 'https://app.example.com' }));
});
afterAll(() => app.close());

describe('security headers', () => {
  it('sends a CSP without inline scripts, frame denial, nosniff and a referrer policy', async () => {
    const res = await app.inject('/health');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it("also sends Helmet's other default headers, on uploads and errors alike", async () => {
    const responses = [
      await app.inject('/health'),
      await app.inject('/no-such-route'),
      await upload(app, [resumeFile()]),
    ];
    for (const res of responses) {
      expect(res.headers).toMatchObject({
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'origin-agent-cluster': '?1',
        'x-dns-prefetch-control': 'off',
        'x-download-options': 'noopen',
        'x-permitted-cross-domain-policies': 'none',
        'x-xss-protection': '0',
      });
      expect(res.headers['content-security-policy']).toContain("object-src 'none'");
    }
  });

  it('sends HSTS in production only', async () => {
    const prod = await startTestApp({ NODE_ENV: 'production' });
    try {
      const res = await prod.app.inject('/health');
      expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
    } finally {
      await prod.app.close();
    }
  });
});

describe('CORS', () => {
  it('allows a listed origin and exposes the rate-limit headers', async () => {
    const res = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/checks',
      headers: { origin: 'https://app.example.com', 'access-control-request-method': 'GET' },
    });
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example.com');
    const get = await app.inject({
      url: '/api/v1/checks',
      headers: { origin: 'https://app.example.com' },
    });
    expect(get.headers['access-control-expose-headers']).toContain('ratelimit-remaining');
  });

  it('does not allow an unlisted origin', async () => {
    const res = await app.inject({
      url: '/api/v1/checks',
      headers: { origin: 'https://evil.example' },
    });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('request ids', () => {
  it('honours a sane x-request-id and puts it in problem documents', async () => {
    const res = await app.inject({ url: '/nope', headers: { 'x-request-id': 'trace-1234abcd' } });
    expect(res.headers['x-request-id']).toBe('trace-1234abcd');
    expect(res.json().requestId).toBe('trace-1234abcd');
  });

  it('replaces an unsafe x-request-id with a fresh one', async () => {
    const res = await app.inject({ url: '/health', headers: { 'x-request-id': 'a\tb<script>' } });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('problem documents', () => {
  it('answers unknown routes with RFC 9457 problem+json', async () => {
    const res = await app.inject('/api/v1/unknown');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(Object.keys(res.json()).sort()).toEqual(
      ['code', 'detail', 'requestId', 'status', 'title', 'type'].sort(),
    );
  });

  it('maps every registry code to a 4xx or 5xx status', () => {
    for (const status of Object.values(ERROR_STATUS)) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
    }
  });

  it('never leaks internals on a 500', async () => {
    const { lines, logStream } = captureLogs();
    const broken = await startTestApp(
      { LOG_LEVEL: 'info' },
      {
        logStream,
        overrides: {
          database: {
            kind: 'pglite',
            analyses: {
              create: () => Promise.reject(new Error('relation "analyses" at 10.0.0.5 exploded')),
              get: async () => null,
              delete: async () => false,
              purgeExpired: async () => 0,
            },
            ping: async () => undefined,
            close: async () => undefined,
          },
        },
      },
    );
    try {
      const res = await upload(broken.app, [resumeFile()]);
      expect(res.statusCode).toBe(500);
      const body = res.json();
      expect(body.code).toBe('INTERNAL_ERROR');
      expect(res.body).not.toContain('10.0.0.5');
      expect(res.body).not.toContain('exploded');
      expect(res.body).not.toContain('at ');
      expect(lines.join('')).toContain('exploded');
      // The logs carry the cause but no resume content and no owner token.
      expect(lines.join('')).not.toMatch(/Claud|@gmail|ownerToken/);
    } finally {
      await broken.app.close();
    }
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After and RateLimit headers past the per-IP limit', async () => {
    const limited = await startTestApp({ RATE_LIMIT_REQUESTS: '2' });
    try {
      const first = await limited.app.inject('/api/v1/checks');
      expect(first.headers['ratelimit-limit']).toBe('2');
      expect(first.headers['ratelimit-remaining']).toBe('1');
      expect(Number(first.headers['ratelimit-reset'])).toBeGreaterThan(0);
      await limited.app.inject('/api/v1/checks');
      const third = await limited.app.inject('/api/v1/checks');
      expect(third.statusCode).toBe(429);
      expect(third.json().code).toBe('RATE_LIMITED');
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
      // Another address has its own allowance; health checks are never limited.
      const other = await limited.app.inject({ url: '/api/v1/checks', remoteAddress: '10.1.1.1' });
      expect(other.statusCode).toBe(200);
      expect((await limited.app.inject('/health')).statusCode).toBe(200);
    } finally {
      await limited.app.close();
    }
  });
});

describe('catalogue, docs and operations', () => {
  it('lists the checks with their messages', async () => {
    const res = await app.inject('/api/v1/checks');
    expect(res.statusCode).toBe(200);
    const { checks } = res.json();
    expect(checks.length).toBeGreaterThan(50);
    expect(checks[0]).toHaveProperty('codes.0.title');
  });

  it('publishes an OpenAPI document with every route', async () => {
    const spec = (await app.inject('/openapi.json')).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/analyses',
        '/api/v1/analyses/{id}',
        '/api/v1/matches',
        '/api/v1/checks',
        '/health',
        '/ready',
        '/metrics',
      ]),
    );
    expect(spec.paths['/api/v1/analyses'].post.requestBody.content).toHaveProperty(
      'multipart/form-data',
    );
    expect(spec.paths['/docs']).toBeUndefined();
  });

  it('serves the interactive docs with no inline script', async () => {
    const page = await app.inject('/docs');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/<script>(?!<\/script>)/);
    expect(page.body).toContain('src="/docs/init.js"');
    const init = await app.inject('/docs/init.js');
    expect(init.body).toContain('/openapi.json');
    const bundle = await app.inject('/docs/swagger-ui-bundle.js');
    expect(bundle.statusCode).toBe(200);
    expect((await app.inject('/docs/..%2fpackage.json')).statusCode).toBe(404);
  });

  it('answers /health and /ready with per-component status', async () => {
    expect((await app.inject('/health')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({
      status: 'ok',
      components: { database: 'ok', cache: 'ok', rateLimit: 'ok', workers: 'ok' },
    });
  });

  it('answers /ready with 503 when the database is down', async () => {
    const down = await startTestApp(
      {},
      {
        overrides: {
          database: {
            kind: 'postgres',
            analyses: {} as never,
            ping: () => Promise.reject(new Error('ECONNREFUSED')),
            close: async () => undefined,
          },
        },
      },
    );
    try {
      const res = await down.app.inject('/ready');
      expect(res.statusCode).toBe(503);
      expect(res.json().components.database).toBe('down');
    } finally {
      await down.app.close();
    }
  });

  it('exposes Prometheus metrics by route and status', async () => {
    await app.inject('/api/v1/checks');
    await upload(app, [resumeFile()]);
    const text = (await app.inject('/metrics')).body;
    expect(text).toMatch(
      /http_requests_total\{method="GET",route="\/api\/v1\/checks",status="200"\} \d+/,
    );
    expect(text).toContain('http_request_duration_seconds_bucket');
    expect(text).toMatch(/analyses_total\{kind="analysis",format="pdf",outcome="ok"\} 1/);
    expect(text).toContain('document_parse_duration_seconds_count{kind="analysis"} 1');
    expect(text).toContain('analysis_cache_misses_total 1');
    expect(text).toContain('parse_pool_queue_depth 0');
  });
});

describe('POST /api/v1/matches', () => {
  it('ranks job descriptions against one resume', async () => {
    const res = await upload(
      app,
      [resumeFile()],
      {
        jobDescription: [
          'Pastry chef. Requirements: baking, French pastry, food safety.',
          'Software Engineer. Requirements: Python, Go, Kubernetes, distributed systems.',
        ],
        jobId: ['chef', 'swe'],
      },
      '/api/v1/matches',
    );
    expect(res.statusCode).toBe(200);
    const { jobs } = res.json();
    expect(jobs.map((j: { rank: number }) => j.rank)).toEqual([1, 2]);
    expect(jobs.map((j: { id: string }) => j.id).sort()).toEqual(['chef', 'swe']);
    expect(jobs[0].score).toBeGreaterThanOrEqual(jobs[1].score);
  });

  it('answers 400 without job descriptions', async () => {
    const res = await upload(app, [resumeFile()], {}, '/api/v1/matches');
    expect(res.statusCode).toBe(400);
  });
});
