/**
 * Security headers on every response. The CSP allows no inline script anywhere (the docs page
 * loads its initialiser from a file); inline styles are allowed because Swagger UI sets style
 * attributes. HSTS only in production: it would pin plain-HTTP development hosts to HTTPS.
 *
 * The set is Helmet's defaults (https://helmetjs.github.io/) with our CSP, frame and referrer
 * choices. Nothing in it varies by request, so it is built once at start-up; building it per
 * request (what @fastify/helmet does) cost several percent of the event loop on cached uploads.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';

const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export function securityHeaders(config: Pick<Config, 'isProduction'>): Record<string, string> {
  return {
    'content-security-policy': Object.entries(CSP_DIRECTIVES)
      .map(([name, sources]) => `${name} ${sources.join(' ')}`)
      .join(';'),
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'no-referrer',
    ...(config.isProduction
      ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' }
      : {}),
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'DENY',
    'x-permitted-cross-domain-policies': 'none',
    // Browsers' XSS auditors did more harm than good; 0 turns off what is left of them.
    'x-xss-protection': '0',
  };
}

export function registerSecurityHeaders(app: FastifyInstance, config: Config): void {
  const headers = securityHeaders(config);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
