/**
 * Multipart uploads, buffered in memory with hard limits: no temporary files exist, so an aborted
 * or malformed upload leaves nothing behind. Every multipart failure maps to one registry code.
 * Bytes held at once across requests are bounded by an upload budget (see upload-budget.ts), held
 * until the response is sent; each file is read into one buffer and hashed as it arrives.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import { AppError, type ErrorCode } from '../errors.js';
import type { UploadedFile } from '../services/upload.js';
import { readFileStream } from './read-file-stream.js';
import { createByteBudget, type ByteBudget } from './upload-budget.js';

declare module 'fastify' {
  interface FastifyInstance {
    uploadBudget: ByteBudget;
  }
  interface FastifyRequest {
    releaseUpload: (() => void) | null;
  }
}

/** A pasted job description is a few kilobytes; 64 KiB leaves room for long HTML postings. */
export const MAX_FIELD_BYTES = 64 * 1024;
export const MAX_FIELDS = 60;
export const MAX_FILES = 2;

export interface MultipartForm {
  files: Map<string, UploadedFile>;
  fields: Map<string, string[]>;
}

export async function registerMultipart(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(multipart, {
    limits: {
      fileSize: config.maxUploadBytes,
      files: MAX_FILES,
      fields: MAX_FIELDS,
      fieldSize: MAX_FIELD_BYTES,
      fieldNameSize: 100,
      parts: MAX_FILES + MAX_FIELDS,
      headerPairs: 100,
    },
  });
  app.decorate('uploadBudget', createByteBudget(config.uploadBufferBytes));
  app.decorateRequest('releaseUpload', null);
  const release = (request: FastifyRequest, done: () => void) => {
    request.releaseUpload?.();
    request.releaseUpload = null;
    done();
  };
  app.addHook('onResponse', (request, _reply, done) => release(request, done));
  app.addHook('onRequestAbort', release);
}

/** Reads a whole form; only the named file fields are accepted, each at most once. */
export async function readMultipartForm(
  request: FastifyRequest,
  options: { fileFields: readonly string[]; maxBodyBytes: number },
): Promise<MultipartForm> {
  // Refuse a declared oversize body before reading a byte of it.
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > options.maxBodyBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE');
  }
  const form: MultipartForm = { files: new Map(), fields: new Map() };
  const hint = Number.isFinite(declared) && declared > 0 ? declared : options.maxBodyBytes;
  // Held until the response is sent (onResponse), when the upload's bytes are garbage.
  request.releaseUpload ??= await request.server.uploadBudget.reserve(hint);
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (!options.fileFields.includes(part.fieldname) || form.files.has(part.fieldname)) {
          part.file.resume();
          throw new AppError('TOO_MANY_PARTS');
        }
        const read = await readFileStream(part.file, hint);
        if (part.file.truncated) throw new AppError('FILE_TOO_LARGE');
        // Assigned onto the read file, not spread: its bytes may be joined only when first read.
        const file: UploadedFile = Object.assign(read, {
          filename: part.filename || undefined,
          mediaType: part.mimetype || undefined,
        });
        form.files.set(part.fieldname, file);
      } else {
        if (part.valueTruncated || part.fieldnameTruncated) throw new AppError('TOO_MANY_PARTS');
        const values = form.fields.get(part.fieldname) ?? [];
        values.push(String(part.value));
        form.fields.set(part.fieldname, values);
      }
    }
  } catch (error) {
    throw toUploadError(error);
  }
  return form;
}

const MULTIPART_CODES: Record<string, ErrorCode> = {
  FST_REQ_FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  FST_PARTS_LIMIT: 'TOO_MANY_PARTS',
  FST_FILES_LIMIT: 'TOO_MANY_PARTS',
  FST_FIELDS_LIMIT: 'TOO_MANY_PARTS',
  FST_PROTO_VIOLATION: 'BAD_REQUEST',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_MP_PREMATURE_CLOSE: 'MALFORMED_UPLOAD',
};

function toUploadError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const mapped = typeof code === 'string' ? MULTIPART_CODES[code] : undefined;
  // Anything else busboy raises (bad boundary, cut-off body, bad headers) is a malformed upload.
  return new AppError(mapped ?? 'MALFORMED_UPLOAD', { cause: error });
}
