/** Liveness, readiness and Prometheus metrics: for orchestrators and scrapers, not rate-limited. */
import type { FastifyInstance } from 'fastify';
import { checkReadiness } from '../services/readiness.js';

const componentHealth = { type: 'string', enum: ['ok', 'degraded', 'down'] } as const;
const readinessSchema = {
  type: 'object',
  properties: {
    status: componentHealth,
    components: { type: 'object', additionalProperties: componentHealth },
    llm: {
      type: 'object',
      properties: {
        provider: { type: 'string' },
        model: { type: ['string', 'null'] },
        breaker: { type: 'string', enum: ['closed', 'open', 'half-open', 'disabled'] },
      },
    },
  },
} as const;

export function registerOperationRoutes(app: FastifyInstance): void {
  const { services } = app;
  app.get(
    '/health',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness: the process answers (no dependency is consulted)',
        response: { 200: { type: 'object', properties: { status: { type: 'string' } } } },
      },
    },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/ready',
    {
      schema: {
        tags: ['operations'],
        summary: 'Readiness: database, cache, rate-limit store, worker pool and language model',
        response: { 200: readinessSchema, 503: readinessSchema },
      },
    },
    async (_request, reply) => {
      const readiness = await checkReadiness(services);
      return reply.status(readiness.status === 'down' ? 503 : 200).send(readiness);
    },
  );

  app.get(
    '/metrics',
    { schema: { tags: ['operations'], summary: 'Prometheus metrics' } },
    async (_request, reply) => {
      const { registry } = services.metrics;
      return reply.type(registry.contentType).send(await registry.metrics());
    },
  );
}
