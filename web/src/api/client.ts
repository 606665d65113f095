/**
 * The typed API client. Uploads go through XMLHttpRequest because fetch cannot report upload
 * progress; everything else uses fetch. Every failure becomes an ApiError carrying the problem
 * document (code + requestId) so the UI can explain it.
 */
import { ApiError, clientError } from './api-error.js';
import type {
  AnalysisCreated,
  CoverLetter,
  CoverLetterLength,
  CoverLetterTone,
  MatchesResponse,
  PremiumAnalysis,
  Problem,
} from './types.js';

export interface UploadOptions {
  /** Fraction sent, 0..1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  ownerToken?: string;
}

function parseProblem(status: number, body: string, requestId: string | null): ApiError {
  try {
    const problem = JSON.parse(body) as Partial<Problem>;
    if (typeof problem.code === 'string') {
      return new ApiError({
        code: problem.code,
        title: problem.title ?? problem.code,
        status,
        ...(problem.detail ? { detail: problem.detail } : {}),
        ...((problem.requestId ?? requestId)
          ? { requestId: problem.requestId ?? requestId ?? '' }
          : {}),
      });
    }
  } catch {
    // Not JSON (a proxy's error page): fall through to a generic problem.
  }
  return new ApiError({
    code: status >= 500 ? 'INTERNAL_ERROR' : 'UNEXPECTED_RESPONSE',
    title: `HTTP ${status}`,
    status,
    ...(requestId ? { requestId } : {}),
  });
}

export function postForm<T>(url: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('accept', 'application/json');
    if (options.ownerToken) xhr.setRequestHeader('x-owner-token', options.ownerToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () => reject(clientError('NETWORK_ERROR'));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(clientError('UNEXPECTED_RESPONSE'));
        }
        return;
      }
      reject(parseProblem(xhr.status, xhr.responseText, xhr.getResponseHeader('x-request-id')));
    };
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

async function requestJson<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { accept: 'application/json', ...init.headers },
    });
  } catch {
    throw clientError('NETWORK_ERROR');
  }
  const body = await response.text();
  if (!response.ok) throw parseProblem(response.status, body, response.headers.get('x-request-id'));
  if (response.status === 204 || body === '') return undefined as T;
  try {
    return JSON.parse(body) as T;
  } catch {
    throw clientError('UNEXPECTED_RESPONSE');
  }
}

export function createAnalysis(file: File, options: UploadOptions = {}): Promise<AnalysisCreated> {
  const form = new FormData();
  form.append('file', file, file.name);
  return postForm<AnalysisCreated>('/api/v1/analyses', form, options);
}

export function deleteAnalysis(id: string, ownerToken: string): Promise<void> {
  return requestJson<void>(`/api/v1/analyses/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    headers: { 'x-owner-token': ownerToken },
  });
}

export function rankJobs(file: File, jobs: string[], options: UploadOptions = {}) {
  const form = new FormData();
  form.append('file', file, file.name);
  for (const job of jobs) form.append('jobDescription', job);
  return postForm<MatchesResponse>('/api/v1/matches', form, options);
}

/**
 * The resume goes with the request: the server keeps no resume text by default, and the file is
 * used for this call only.
 */
export function requestPremium(
  analysis: { id: string; ownerToken: string },
  file: File,
  jobDescription?: string,
): Promise<PremiumAnalysis> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (jobDescription) form.append('jobDescription', jobDescription);
  return postForm<PremiumAnalysis>(
    `/api/v1/analyses/${encodeURIComponent(analysis.id)}/premium`,
    form,
    { ownerToken: analysis.ownerToken },
  );
}

export interface CoverLetterInput {
  file: File;
  jobDescription: string;
  tone: CoverLetterTone;
  length: CoverLetterLength;
}

export function requestCoverLetter(input: CoverLetterInput): Promise<CoverLetter> {
  const form = new FormData();
  form.append('file', input.file, input.file.name);
  form.append('jobDescription', input.jobDescription);
  form.append('tone', input.tone);
  form.append('length', input.length);
  return postForm<CoverLetter>('/api/v1/cover-letters', form);
}
