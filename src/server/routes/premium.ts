/**
 * Premium (issue 6): POST /api/v1/analyses/:id/premium and POST /api/v1/cover-letters. Both take
 * JSON, or multipart when the resume comes with the request (see premium-service-resume.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CoverLetterLength, CoverLetterTone } from '../../ai/ports.js';
import { AppError } from '../errors.js';
import { readMultipartForm } from '../plugins/multipart.js';
import type {
  CoverLetterRequest,
  PremiumApi,
  PremiumRequest,
} from '../services/premium-service.js';
import {
  COVER_LETTER_LENGTHS,
  COVER_LETTER_TONES,
  coverLetterJsonBody,
  coverLetterSchema,
  premiumAnalysisSchema,
  premiumJsonBody,
  PREMIUM_FORM_NOTE,
} from './premium-schemas.js';
import { analysisIdParams, ownerTokenHeaders, problemResponses } from './schemas.js';

type OwnerHeaders = { Headers: { 'x-owner-token'?: string } };
const FORM_SLACK_BYTES = 1024 * 1024;
const PROBLEMS = problemResponses(400, 403, 404, 413, 415, 422, 429, 502, 503, 504);

export function registerPremiumRoutes(app: FastifyInstance, premium: PremiumApi): void {
  const { maxUploadBytes } = app.config;
  const readForm = (request: FastifyRequest) => readPremiumForm(request, maxUploadBytes);

  app.post<OwnerHeaders & { Params: { id: string } }>(
    '/api/v1/analyses/:id/premium',
    {
      config: { rateLimit: 'analyses' },
      schema: {
        tags: ['premium'],
        summary: 'AI rewrites, a tailored summary and advice for an analysis',
        description: PREMIUM_FORM_NOTE,
        params: analysisIdParams,
        headers: ownerTokenHeaders,
        security: [{ ownerToken: [] }],
        body: { content: { 'application/json': { schema: premiumJsonBody } } },
        response: { 200: premiumAnalysisSchema, ...PROBLEMS },
      },
    },
    async (request, reply) => {
      const result = await premium.analyze(
        request.params.id,
        request.headers['x-owner-token'],
        () => readForm(request),
      );
      return reply.header('cache-control', 'no-store').send(result);
    },
  );

  app.post<OwnerHeaders>(
    '/api/v1/cover-letters',
    {
      config: { rateLimit: 'analyses' },
      schema: {
        tags: ['premium'],
        summary: 'A cover letter for a job description, from an analysis or an uploaded resume',
        description: `${PREMIUM_FORM_NOTE} With multipart, \`analysisId\` is not needed.`,
        headers: ownerTokenHeaders,
        body: { content: { 'application/json': { schema: coverLetterJsonBody } } },
        response: { 200: coverLetterSchema, ...PROBLEMS },
      },
    },
    async (request, reply) => {
      const letter = await premium.coverLetter(request.headers['x-owner-token'], async () =>
        toCoverLetterRequest(await readForm(request)),
      );
      return reply.header('cache-control', 'no-store').send(letter);
    },
  );
}

type FormValues = PremiumRequest & { analysisId?: string; tone?: string; length?: string };

/** JSON arrives validated by the route schema; multipart fields are checked here. */
async function readPremiumForm(
  request: FastifyRequest,
  maxUploadBytes: number,
): Promise<FormValues> {
  if (!request.isMultipart()) {
    const body = request.body ?? {};
    if (typeof body !== 'object') throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    return body as FormValues;
  }
  const form = await readMultipartForm(request, {
    fileFields: ['file'],
    maxBodyBytes: maxUploadBytes + FORM_SLACK_BYTES,
  });
  const single = (name: string) => {
    const values = form.fields.get(name);
    if (values && values.length > 1) throw new AppError('VALIDATION_FAILED');
    return values?.[0];
  };
  const jobDescription = single('jobDescription');
  if (jobDescription !== undefined && jobDescription.trim() === '') {
    throw new AppError('VALIDATION_FAILED');
  }
  const file = form.files.get('file');
  const [tone, length] = [single('tone'), single('length')];
  return {
    ...(file ? { file } : {}),
    ...(jobDescription === undefined ? {} : { jobDescription }),
    ...(tone === undefined ? {} : { tone }),
    ...(length === undefined ? {} : { length }),
  };
}

function toCoverLetterRequest(values: FormValues): CoverLetterRequest {
  const { file, analysisId, jobDescription, tone, length } = values;
  if (jobDescription === undefined) throw new AppError('VALIDATION_FAILED');
  if (file && analysisId !== undefined) throw new AppError('BAD_REQUEST');
  if (tone !== undefined && !isOneOf(COVER_LETTER_TONES, tone)) {
    throw new AppError('VALIDATION_FAILED');
  }
  if (length !== undefined && !isOneOf(COVER_LETTER_LENGTHS, length)) {
    throw new AppError('VALIDATION_FAILED');
  }
  return {
    jobDescription,
    ...(file ? { file } : {}),
    ...(analysisId === undefined ? {} : { analysisId }),
    ...(tone === undefined ? {} : { tone: tone as CoverLetterTone }),
    ...(length === undefined ? {} : { length: length as CoverLetterLength }),
  };
}

function isOneOf(values: readonly string[], value: string): boolean {
  return values.includes(value);
}
