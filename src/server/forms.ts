/** From multipart forms to the plain inputs the services take. */
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.js';
import { readMultipartForm } from './plugins/multipart.js';
import type { AnalysisUpload, MatchUpload } from './services/upload.js';

const MAX_DISMISS = 200;
const MAX_JOBS = 25;
/** Form overhead on top of the files: field values, part headers, boundaries. */
const FORM_SLACK_BYTES = 4 * 1024 * 1024;

export async function readAnalysisForm(
  request: FastifyRequest,
  maxUploadBytes: number,
): Promise<AnalysisUpload> {
  const form = await readMultipartForm(request, {
    fileFields: ['file', 'jobDescriptionFile'],
    maxBodyBytes: 2 * maxUploadBytes + FORM_SLACK_BYTES,
  });
  const file = form.files.get('file');
  if (!file) throw new AppError('FILE_REQUIRED');
  const jobText = form.fields.get('jobDescription')?.join('\n\n').trim();
  const jobFile = form.files.get('jobDescriptionFile');
  if (jobText && jobFile) throw new AppError('BAD_REQUEST');
  // `dismiss` may repeat or be comma-separated: both are natural in HTML forms and curl.
  const dismiss = (form.fields.get('dismiss') ?? [])
    .flatMap((value) => value.split(','))
    .map((code) => code.trim())
    .filter(Boolean);
  if (dismiss.length > MAX_DISMISS || dismiss.some((code) => !/^[a-z0-9.-]{1,100}$/i.test(code))) {
    throw new AppError('BAD_REQUEST');
  }
  return { file, jobDescription: jobText || jobFile, dismiss };
}

export async function readMatchForm(
  request: FastifyRequest,
  maxUploadBytes: number,
): Promise<MatchUpload> {
  const form = await readMultipartForm(request, {
    fileFields: ['file'],
    maxBodyBytes: maxUploadBytes + FORM_SLACK_BYTES,
  });
  const file = form.files.get('file');
  if (!file) throw new AppError('FILE_REQUIRED');
  const texts = (form.fields.get('jobDescription') ?? []).map((text) => text.trim());
  if (texts.length === 0 || texts.length > MAX_JOBS || texts.some((text) => text === '')) {
    throw new AppError('BAD_REQUEST');
  }
  const ids = form.fields.get('jobId') ?? [];
  if (ids.length > 0 && ids.length !== texts.length) throw new AppError('BAD_REQUEST');
  return { file, jobs: texts.map((text, i) => ({ id: ids[i] ?? `job-${i + 1}`, text })) };
}
