/**
 * Pino options: JSON lines with the request id, and redaction of anything secret. Request and
 * response serializers log method, route and status only, never headers or bodies, so resume text
 * and contact details cannot reach the logs; the redact list is the second line of defence for
 * code that logs objects by hand.
 */
import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../../config.js';

export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-owner-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["x-owner-token"]',
  '*.ownerToken',
  '*.password',
  '*.apiKey',
  '*.encryptionKey',
  '*.key',
  '*.text',
  '*.resumeText',
];

export function loggerOptions(
  config: Config,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (request: { method: string; url: string; routeOptions?: { url?: string } }) => ({
        method: request.method,
        // The route pattern, not the URL: ids in paths are capabilities we do not spread around.
        route: request.routeOptions?.url ?? 'unmatched',
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
    ...(stream ? { stream } : {}),
  };
}
