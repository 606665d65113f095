/**
 * OpenAPI 3 generated from the route schemas, served at GET /openapi.json. Multipart bodies are
 * parsed by hand (see forms.ts), so their schema is attached for the document only, through
 * `multipartBody` in the route schema, and never used to validate.
 */
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
// The module itself, not the engine's index: that would load pdf.js into the main thread.
import { ENGINE_VERSION } from '../../engine/version.js';
import { problemSchema } from '../errors.js';

declare module 'fastify' {
  interface FastifySchema {
    multipartBody?: Record<string, unknown>;
    summary?: string;
    description?: string;
    tags?: readonly string[];
    hide?: boolean;
  }
}

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  app.addSchema(problemSchema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Resume Health API',
        version: '1',
        description: `Checks whether applicant tracking systems can read a resume. Engine ${ENGINE_VERSION}.`,
      },
      components: {
        securitySchemes: {
          ownerToken: { type: 'apiKey', in: 'header', name: 'X-Owner-Token' },
        },
      },
    },
    transform: ({ schema, url }) => {
      if (!schema?.multipartBody) return { schema, url };
      const { multipartBody, ...rest } = schema;
      return { schema: { ...rest, body: multipartBody, consumes: ['multipart/form-data'] }, url };
    },
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
