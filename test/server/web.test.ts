/**
 * The web app's static serving (src/server/plugins/web.ts) against a stand-in build: content
 * types, immutable caching for hashed assets, SPA fallback only for HTML navigations, no escape
 * from the served directories, and the pdf.js assets private mode fetches.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../../src/server/plugins/error-handler.js';
import { registerWeb } from '../../src/server/plugins/web.js';

const HTML = { accept: 'text/html,application/xhtml+xml' };
let app: FastifyInstance;

function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rh-web-build-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>',
  );
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'pdf.worker.min-abc123.mjs'), 'export {}');
  writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
  return dir;
}

beforeAll(async () => {
  app = Fastify();
  registerErrorHandler(app);
  app.get('/api/v1/checks', async () => ({ checks: [] }));
  registerWeb(app, { webDir: fakeBuild() });
  await app.ready();
});
afterAll(() => app.close());

describe('the web app', () => {
  it('serves index.html at / without long caching', async () => {
    const res = await app.inject({ url: '/', headers: HTML });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('/assets/index-abc123.js');
  });

  it('serves hashed assets as immutable, with JavaScript types for .js and .mjs', async () => {
    for (const name of ['index-abc123.js', 'pdf.worker.min-abc123.mjs']) {
      const res = await app.inject(`/assets/${name}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers['cache-control']).toContain('immutable');
    }
  });

  it('falls back to index.html for client routes a browser navigates to', async () => {
    const res = await app.inject({ url: '/report/123?x=1', headers: HTML });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<!doctype html>');
  });

  it('keeps problem+json 404s for API clients and unknown API paths', async () => {
    const plain = await app.inject('/nope');
    expect(plain.statusCode).toBe(404);
    expect(plain.headers['content-type']).toContain('application/problem+json');
    const api = await app.inject({ url: '/api/v1/nope', headers: HTML });
    expect(api.statusCode).toBe(404);
    expect((await app.inject('/api/v1/checks')).json()).toEqual({ checks: [] });
  });

  it('never serves a file outside the build or an unknown asset', async () => {
    for (const url of ['/assets/..%2Findex.html', '/assets/missing-1.js', '/assets/.env']) {
      expect((await app.inject(url)).statusCode).toBe(404);
    }
    expect((await app.inject('/favicon.svg')).headers['content-type']).toBe('image/svg+xml');
  });

  it('serves pdf.js CMaps and standard fonts for in-browser parsing', async () => {
    const cmap = await app.inject('/pdfjs/cmaps/UniGB-UCS2-H.bcmap');
    expect(cmap.statusCode).toBe(200);
    expect(cmap.rawPayload.length).toBeGreaterThan(1000);
    expect((await app.inject('/pdfjs/standard_fonts/FoxitSerif.pfb')).statusCode).toBe(200);
    expect((await app.inject('/pdfjs/cmaps/..%2Fpackage.json')).statusCode).toBe(404);
  });
});
