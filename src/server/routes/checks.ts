/** GET /api/v1/checks: the check catalogue with the text of every finding code. */
import type { FastifyInstance } from 'fastify';
import { listChecks } from '../services/checks-catalog.js';
import { problemResponses } from './schemas.js';

export function registerCheckRoutes(app: FastifyInstance): void {
  app.get(
    '/api/v1/checks',
    {
      config: { rateLimit: 'requests' },
      schema: {
        tags: ['checks'],
        summary: 'List every check and the findings it can report',
        response: {
          200: {
            type: 'object',
            properties: {
              checks: {
                type: 'array',
                items: { type: 'object', additionalProperties: true },
              },
            },
          },
          ...problemResponses(429),
        },
      },
    },
    async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=300').send({ checks: listChecks() }),
  );
}
