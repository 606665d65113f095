/**
 * Per-IP limits for anonymous use, counted in the RateLimitStore port (shared through Redis when
 * configured). Routes opt in with `config: { rateLimit: 'analyses' | 'requests' }`. Headers follow
 * the IETF RateLimit draft (https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/).
 * If the store itself fails the request is let through: a broken counter must not take the API down.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import type { RateLimitResult, RateLimitStore } from '../../store/ports.js';
import { AppError } from '../errors.js';

export type RateLimitKind = 'analyses' | 'requests';

declare module 'fastify' {
  interface FastifyContextConfig {
    rateLimit?: RateLimitKind;
  }
}

export function registerRateLimit(
  app: FastifyInstance,
  config: Config,
  store: RateLimitStore,
): void {
  const count = async (request: FastifyRequest, reply: FastifyReply, kind: RateLimitKind) => {
    const limit = config.rateLimit[kind];
    let result: RateLimitResult;
    try {
      result = await store.hit(`${kind}:${request.ip}`, limit, config.rateLimit.windowMs);
    } catch (error) {
      request.log.warn({ err: error }, 'rate-limit store failed; request allowed');
      return;
    }
    const resetSeconds = Math.max(1, Math.ceil(result.resetMs / 1000));
    reply.header('ratelimit-limit', result.limit);
    reply.header('ratelimit-remaining', Math.max(0, result.remaining));
    reply.header('ratelimit-reset', resetSeconds);
    if (!result.allowed) throw new AppError('RATE_LIMITED', { retryAfterSeconds: resetSeconds });
  };
  // A callback hook: most requests (unlimited routes, limits off) pass without a promise.
  app.addHook('onRequest', (request, reply, done) => {
    const kind = request.routeOptions.config.rateLimit;
    if (!kind || config.rateLimit[kind] === 0) {
      done();
      return;
    }
    count(request, reply, kind).then(() => done(), done);
  });
}
