/**
 * CORS from the configured allow-list. An empty list means same-origin only; '*' is refused in
 * production by the config schema. Browsers get to read our rate-limit and request-id headers.
 */
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';

export async function registerCors(app: FastifyInstance, config: Config): Promise<void> {
  const allowed = new Set(config.corsOrigins);
  const isAny = allowed.has('*');
  await app.register(cors, {
    origin: (origin, callback) =>
      callback(null, isAny || (origin !== undefined && allowed.has(origin))),
    methods: ['GET', 'POST', 'DELETE'],
    allowedHeaders: ['content-type', 'x-owner-token', 'x-request-id'],
    exposedHeaders: [
      'x-request-id',
      'retry-after',
      'ratelimit-limit',
      'ratelimit-remaining',
      'ratelimit-reset',
    ],
    maxAge: 600,
  });
}
