/** POST /api/v1/matches: one resume against many job descriptions, best fit first. */
import type { FastifyInstance } from 'fastify';
import { readMatchForm } from '../forms.js';
import { matchForm, problemResponses } from './schemas.js';

export function registerMatchRoutes(app: FastifyInstance): void {
  const { matches } = app.services;
  const { maxUploadBytes } = app.config;
  app.post(
    '/api/v1/matches',
    {
      config: { rateLimit: 'analyses' },
      schema: {
        tags: ['matches'],
        summary: 'Rank job descriptions by fit to one resume',
        multipartBody: matchForm,
        response: {
          200: {
            type: 'object',
            properties: {
              format: { type: 'string' },
              jobs: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    rank: { type: 'integer' },
                    score: { type: 'number' },
                    title: { type: ['string', 'null'] },
                    result: { type: 'object', additionalProperties: true },
                  },
                },
              },
            },
          },
          ...problemResponses(400, 413, 415, 422, 429, 503),
        },
      },
    },
    async (request) => matches.rank(() => readMatchForm(request, maxUploadBytes)),
  );
}
