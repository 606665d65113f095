/**
 * The one error handler: every failure leaves as an RFC 9457 problem document whose code comes
 * from the registry in errors.ts. 5xx bodies carry fixed text only; the cause goes to the log.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
// The module itself, not the engine's index: that would load pdf.js into the main thread.
import { isEngineError } from '../../engine/errors.js';
import { AppError, toProblem, type ErrorCode } from '../errors.js';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

const BY_STATUS: Record<number, ErrorCode> = {
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

export function classifyError(error: unknown): { code: ErrorCode; retryAfterSeconds?: number } {
  if (error instanceof AppError) {
    return { code: error.code, retryAfterSeconds: error.retryAfterSeconds };
  }
  if (isEngineError(error)) return { code: error.code };
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.validation) return { code: 'VALIDATION_FAILED' };
  const mapped = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (mapped) return { code: mapped };
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) return { code: BY_STATUS[status] ?? 'BAD_REQUEST' };
  return { code: 'INTERNAL_ERROR' };
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  retryAfterSeconds?: number,
): FastifyReply {
  const problem = toProblem(code, request.id);
  if (retryAfterSeconds !== undefined) reply.header('retry-after', retryAfterSeconds);
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const { code, retryAfterSeconds } = classifyError(error);
    const problem = toProblem(code, request.id);
    if (problem.status === 503 && error instanceof AppError) {
      // Overload and shutdown are expected states, not faults: no stack, no error level.
      request.log.warn({ code }, 'request refused');
    } else if (problem.status >= 500) {
      request.log.error({ err: error, code }, 'request failed');
    } else {
      request.log.info({ code }, 'request rejected');
    }
    // 503 without a hint invites an immediate retry storm.
    const retryAfter = retryAfterSeconds ?? (problem.status === 503 ? 1 : undefined);
    return sendProblem(request, reply, code, retryAfter);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, 'NOT_FOUND'));
}
