/**
 * Serves the web app (dist/web, built by `npm run build:web`) and the pdf.js assets the browser
 * needs for private mode and page rendering. Written here rather than with @fastify/static, whose
 * glob dependency is outside our licence allow-list. Hashed files under /assets are immutable;
 * any other GET that wants HTML gets index.html so client-side routes survive a reload, while
 * API clients keep their problem+json 404s. The page loads no inline script (CSP script-src 'self').
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
};

/** File names only: no separators, no dot files, so a request never walks out of its directory. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const DAY = 'public, max-age=86400';
/** Prefixes the server owns: an unknown path under them is a 404, never the app's HTML. */
const SERVER_PREFIXES = ['/api/', '/docs', '/openapi', '/health', '/ready', '/metrics', '/pdfjs/'];

export interface WebOptions {
  /** The built app; dist/web of this package by default (the same path from src/ and dist/). */
  webDir?: string;
}

export function registerWeb(app: FastifyInstance, options: WebOptions = {}): void {
  const webDir = options.webDir ?? fileURLToPath(new URL('../../../dist/web/', import.meta.url));
  const pdfjsDir = join(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'), '..');
  const files = createFileCache();
  const hide = { schema: { hide: true } };

  for (const kind of ['cmaps', 'standard_fonts']) {
    app.get<{ Params: { file: string } }>(`/pdfjs/${kind}/:file`, hide, (request, reply) =>
      files.send(reply, join(pdfjsDir, kind), request.params.file, DAY),
    );
  }

  // Without a build (tests, API-only deployments) the server stays an API.
  if (!existsSync(join(webDir, 'index.html'))) return;
  const rootFiles = new Set(
    readdirSync(webDir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== 'index.html')
      .map((entry) => entry.name),
  );
  const sendIndex = (reply: FastifyReply) => files.send(reply, webDir, 'index.html', 'no-cache');

  app.get<{ Params: { file: string } }>('/assets/:file', hide, (request, reply) =>
    files.send(reply, join(webDir, 'assets'), request.params.file, IMMUTABLE),
  );
  app.get('/', hide, (_request, reply) => sendIndex(reply));
  app.get('/*', hide, (request: FastifyRequest, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const name = path.slice(1);
    if (rootFiles.has(name)) return files.send(reply, webDir, name, DAY);
    const isServerPath = SERVER_PREFIXES.some((prefix) => path.startsWith(prefix));
    const wantsHtml = request.headers.accept?.includes('text/html') ?? false;
    if (isServerPath || !wantsHtml) return reply.callNotFound();
    return sendIndex(reply);
  });
}

function createFileCache() {
  const cache = new Map<string, Promise<Buffer>>();
  return {
    async send(reply: FastifyReply, dir: string, name: string, cacheControl: string) {
      const type = TYPES[extname(name)];
      if (!SAFE_NAME.test(name) || !type) return reply.callNotFound();
      const path = join(dir, name);
      let body = cache.get(path);
      if (!body) {
        body = readFile(path);
        // A missing file is a 404 now and may exist after a redeploy: do not remember it.
        body.catch(() => cache.delete(path));
        cache.set(path, body);
      }
      const bytes = await body.catch(() => undefined);
      if (!bytes) return reply.callNotFound();
      return reply.type(type).header('cache-control', cacheControl).send(bytes);
    },
  };
}
