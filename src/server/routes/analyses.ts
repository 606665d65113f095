/** /api/v1/analyses: upload and analyse; read or erase with the owner token. */
import type { FastifyInstance } from 'fastify';
import { readAnalysisForm } from '../forms.js';
import type { CreatedAnalysis } from '../services/analysis-service.js';
import {
  analysisForm,
  analysisIdParams,
  ownerTokenHeaders,
  problemResponses,
  reportSchema,
} from './schemas.js';

const analysisView = {
  type: 'object',
  required: ['id', 'createdAt', 'report'],
  properties: {
    id: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    report: reportSchema,
  },
} as const;

/**
 * The 201 body. The schema documents it; the report is already JSON text, so the body is assembled
 * around it rather than parsed and serialised again. It is written straight into one buffer: as a
 * string, the body would be concatenated, then flattened and encoded again on its way to the
 * socket, all of it garbage on the heap for every cached upload. Every character of it is ASCII
 * (ids and tokens are base64url, the report escapes the rest), so it is copied byte for byte.
 */
function createdBody({ id, createdAt, ownerToken, reportJson }: CreatedAnalysis): Buffer {
  const head = `${JSON.stringify({ id, createdAt, ownerToken }).slice(0, -1)},"report":`;
  const body = Buffer.allocUnsafe(head.length + reportJson.length + 1);
  body.write(head, 0, 'latin1');
  body.write(reportJson, head.length, 'latin1');
  body[body.length - 1] = 0x7d; // '}'
  return body;
}

type ById = { Params: { id: string }; Headers: { 'x-owner-token'?: string } };

export function registerAnalysisRoutes(app: FastifyInstance): void {
  const { analyses } = app.services;
  const { maxUploadBytes } = app.config;

  app.post(
    '/api/v1/analyses',
    {
      config: { rateLimit: 'analyses' },
      schema: {
        tags: ['analyses'],
        summary: 'Analyse a resume',
        multipartBody: analysisForm,
        response: {
          201: {
            ...analysisView,
            required: [...analysisView.required, 'ownerToken'],
            properties: {
              ...analysisView.properties,
              ownerToken: { type: 'string', description: 'Keep it: it is the only way back in.' },
            },
          },
          ...problemResponses(400, 413, 415, 422, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const created = await analyses.create(() => readAnalysisForm(request, maxUploadBytes));
      return reply
        .status(201)
        .header('cache-control', 'no-store')
        .type('application/json; charset=utf-8')
        .send(createdBody(created));
    },
  );

  app.get<ById>(
    '/api/v1/analyses/:id',
    {
      config: { rateLimit: 'requests' },
      schema: {
        tags: ['analyses'],
        summary: 'Read an analysis',
        params: analysisIdParams,
        headers: ownerTokenHeaders,
        security: [{ ownerToken: [] }],
        response: { 200: analysisView, ...problemResponses(404, 429) },
      },
    },
    async (request, reply) => {
      const found = await analyses.get(request.params.id, request.headers['x-owner-token']);
      return reply.header('cache-control', 'no-store').send(found);
    },
  );

  app.delete<ById>(
    '/api/v1/analyses/:id',
    {
      config: { rateLimit: 'requests' },
      schema: {
        tags: ['analyses'],
        summary: 'Erase an analysis and everything stored for it, its cached report included',
        params: analysisIdParams,
        headers: ownerTokenHeaders,
        security: [{ ownerToken: [] }],
        response: {
          204: { type: 'null', description: 'Erased' },
          ...problemResponses(404, 429, 503),
        },
      },
    },
    async (request, reply) => {
      await analyses.delete(request.params.id, request.headers['x-owner-token']);
      return reply.status(204).send();
    },
  );
}
