/**
 * Pino options: JSON lines with the request id, and redaction of anything secret. Request and
 * response serializers log method, route and status only, never headers or bodies, so resume text
 * and contact details cannot reach the logs; the redact list is the second line of defence for
 * code that logs objects by hand.
 */
import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import type { Bindings, ChildLoggerOptions, LevelWithSilentOrString, Logger } from 'pino';
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

const LOG_METHODS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
type LogMethod = (typeof LOG_METHODS)[number];

/**
 * Fastify gives every request a child logger bound to its request id. pino builds a child by
 * serialising its bindings through the redaction set up above, work wasted on the many requests
 * that log nothing at the configured level. This child is made only when something is logged at
 * an enabled level (or its level or children are asked for); what it then logs is the same.
 */
export function lazyChildLogger(
  parent: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildLoggerOptions,
): FastifyBaseLogger {
  const logger = parent as Logger;
  let child: FastifyBaseLogger | undefined;
  const made = () => (child ??= logger.child(bindings, options));
  const threshold = options.level === undefined ? undefined : logger.levels.values[options.level];
  const isEnabled = (method: LogMethod) =>
    threshold === undefined
      ? logger.isLevelEnabled(method)
      : (logger.levels.values[method] ?? 0) >= threshold;
  const lazy = {
    child: (...args: Parameters<FastifyBaseLogger['child']>) => made().child(...args),
    silent: () => undefined,
    get level(): LevelWithSilentOrString {
      return child?.level ?? options.level ?? logger.level;
    },
    set level(level: LevelWithSilentOrString) {
      made().level = level;
    },
  } as unknown as FastifyBaseLogger;
  for (const method of LOG_METHODS) {
    lazy[method] = ((...args: Parameters<FastifyBaseLogger[LogMethod]>) => {
      if (child || isEnabled(method)) made()[method](...args);
    }) as FastifyBaseLogger[LogMethod];
  }
  return lazy;
}
