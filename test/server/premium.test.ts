/** The premium routes through inject, with a stand-in PremiumService behind the port. */
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { createTestServices, multipart, resumeFile, testConfig, upload } from './helpers.js';
import { createStandInPremium, type StandIn } from './premium-stand-in.js';

const KEY = 'ab'.repeat(32);
const JOB = 'Senior Software Engineer. Requirements: Python, Kubernetes, AWS, 5+ years.';
const RETAINED = { RETENTION_DAYS: '1', ENCRYPTION_KEY: KEY };

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function start(env: Record<string, string> = {}): Promise<{
  app: FastifyInstance;
  premium: StandIn;
}> {
  const config = testConfig(env);
  const premium = createStandInPremium();
  app = await buildApp({ config, services: { ...createTestServices(config), premium } });
  return { app, premium };
}

async function createAnalysis(target: FastifyInstance) {
  const res = await upload(target, [resumeFile()]);
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string; ownerToken: string }>();
}

async function postForm(
  target: FastifyInstance,
  url: string,
  fields: Record<string, string>,
  options: { token?: string; withFile?: boolean; bytes?: Uint8Array } = {},
) {
  const files = options.withFile === false ? [] : [resumeFile(options.bytes)];
  const body = await multipart(files, fields);
  const headers = { ...body.headers, ...(options.token ? { 'x-owner-token': options.token } : {}) };
  return target.inject({ method: 'POST', url, payload: body.payload, headers });
}

function expectProblem(
  res: { statusCode: number; headers: object; json(): unknown },
  status: number,
  code: string,
) {
  expect(res.statusCode).toBe(status);
  expect(String((res.headers as Record<string, unknown>)['content-type'])).toContain(
    'application/problem+json',
  );
  expect(res.json()).toMatchObject({ status, code });
}

describe('POST /api/v1/analyses/:id/premium', () => {
  it('answers a premium analysis for the re-uploaded resume and stores nothing new', async () => {
    const { app, premium } = await start();
    const { id, ownerToken } = await createAnalysis(app);
    const res = await postForm(
      app,
      `/api/v1/analyses/${id}/premium`,
      { jobDescription: JOB },
      {
        token: ownerToken,
      },
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body).toMatchObject({ degraded: false, promptVersion: 'test-1', model: 'stand-in-1' });
    expect(body.rewrites[1].rejected.facts).toEqual(['40', 'Google']);
    const [call] = premium.calls;
    expect(call?.input.resumeText.length).toBeGreaterThan(200);
    expect(call?.input.jobDescription).toBe(JOB);
    expect(call?.input.match?.score).toBeTypeOf('number');
  });

  it('asks for the file again when the text is not retained', async () => {
    const { app, premium } = await start();
    const { id, ownerToken } = await createAnalysis(app);
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/analyses/${id}/premium`,
      headers: { 'x-owner-token': ownerToken },
    });
    expectProblem(res, 400, 'FILE_REQUIRED');
    expect(premium.calls).toHaveLength(0);
  });

  it('uses the retained, encrypted text when retention is on', async () => {
    const { app, premium } = await start(RETAINED);
    const { id, ownerToken } = await createAnalysis(app);
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/analyses/${id}/premium`,
      headers: { 'x-owner-token': ownerToken },
      payload: { jobDescription: JOB },
    });
    expect(res.statusCode).toBe(200);
    expect(premium.calls[0]?.input.resumeText.length).toBeGreaterThan(200);
    expect(premium.calls[0]?.input.match?.score).toBeTypeOf('number');
  });

  it('refuses a file that is not the analysed resume', async () => {
    const { app } = await start();
    const { id, ownerToken } = await createAnalysis(app);
    const other = new TextEncoder().encode('Jane Doe\nEngineer\nExperience\nDid things 2020-2024');
    const res = await postForm(
      app,
      `/api/v1/analyses/${id}/premium`,
      {},
      {
        token: ownerToken,
        bytes: other,
      },
    );
    expectProblem(res, 422, 'RESUME_MISMATCH');
  });

  it.each([
    ['a wrong owner token', 'valid', 'not-the-token'],
    ['no owner token', 'valid', undefined],
    ['an unknown id', 'AAAAAAAAAAAAAAAAAAAAAA', 'any'],
    ['a malformed id', '../../etc', 'any'],
  ])('answers 404 for %s, before reading the upload', async (_name, idKind, token) => {
    const { app, premium } = await start();
    const created = await createAnalysis(app);
    const id = idKind === 'valid' ? created.id : idKind;
    const res = await postForm(
      app,
      `/api/v1/analyses/${encodeURIComponent(id)}/premium`,
      {},
      {
        ...(token ? { token } : {}),
      },
    );
    expectProblem(res, 404, 'NOT_FOUND');
    expect(premium.calls).toHaveLength(0);
  });

  it('answers a degraded result as a 200 that says why', async () => {
    const { app, premium } = await start();
    premium.degradedReason = 'circuit breaker open';
    const { id, ownerToken } = await createAnalysis(app);
    const res = await postForm(app, `/api/v1/analyses/${id}/premium`, {}, { token: ownerToken });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ degraded: true, degradedReason: 'circuit breaker open' });
  });

  it('turns a provider failure into a fixed problem without the provider message', async () => {
    const { app, premium } = await start();
    premium.failure = Object.assign(new Error('upstream said: key sk-live-SECRET is invalid'), {
      code: 'LLM_TIMEOUT',
    });
    const { id, ownerToken } = await createAnalysis(app);
    const res = await postForm(app, `/api/v1/analyses/${id}/premium`, {}, { token: ownerToken });
    expectProblem(res, 504, 'LLM_TIMEOUT');
    expect(res.body).not.toMatch(/SECRET|upstream/);
  });
});

describe('PREMIUM_OPEN=false', () => {
  it('answers 403 PREMIUM_DISABLED on both routes', async () => {
    const { app, premium } = await start({ PREMIUM_OPEN: 'false' });
    const { id, ownerToken } = await createAnalysis(app);
    expectProblem(
      await postForm(app, `/api/v1/analyses/${id}/premium`, {}, { token: ownerToken }),
      403,
      'PREMIUM_DISABLED',
    );
    expectProblem(
      await postForm(app, '/api/v1/cover-letters', { jobDescription: JOB }),
      403,
      'PREMIUM_DISABLED',
    );
    expect(premium.calls).toHaveLength(0);
  });
});

describe('POST /api/v1/cover-letters', () => {
  it('writes a letter from an uploaded resume in the chosen tone', async () => {
    const { app, premium } = await start();
    const res = await postForm(app, '/api/v1/cover-letters', {
      jobDescription: JOB,
      tone: 'friendly',
      length: 'short',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ tone: 'friendly', degraded: false });
    expect(premium.calls[0]?.options).toEqual({ tone: 'friendly', length: 'short' });
    expect(premium.calls[0]?.input.jobDescription).toBe(JOB);
  });

  it('writes a letter from an owned analysis whose text is retained', async () => {
    const { app } = await start(RETAINED);
    const { id, ownerToken } = await createAnalysis(app);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/cover-letters',
      headers: { 'x-owner-token': ownerToken },
      payload: { analysisId: id, jobDescription: JOB, tone: 'concise' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().tone).toBe('concise');
  });

  it('answers 404 for an analysis id with the wrong token', async () => {
    const { app } = await start(RETAINED);
    const { id } = await createAnalysis(app);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/cover-letters',
      headers: { 'x-owner-token': 'wrong' },
      payload: { analysisId: id, jobDescription: JOB },
    });
    expectProblem(res, 404, 'NOT_FOUND');
  });

  it.each([
    [
      'JSON without a job description',
      { analysisId: 'AAAAAAAAAAAAAAAAAAAAAA' },
      'VALIDATION_FAILED',
    ],
    [
      'JSON with a blank job description',
      { analysisId: 'A', jobDescription: '  ' },
      'VALIDATION_FAILED',
    ],
    [
      'JSON with an unknown tone',
      { analysisId: 'A', jobDescription: JOB, tone: 'rude' },
      'VALIDATION_FAILED',
    ],
    ['JSON without an analysis id', { jobDescription: JOB }, 'VALIDATION_FAILED'],
  ])('answers 400 for %s', async (_name, payload, code) => {
    const { app, premium } = await start();
    const res = await app.inject({ method: 'POST', url: '/api/v1/cover-letters', payload });
    expectProblem(res, 400, code);
    expect(premium.calls).toHaveLength(0);
  });

  it.each([
    ['no job description', {}, true, 'VALIDATION_FAILED'],
    ['an unknown length', { jobDescription: JOB, length: 'epic' }, true, 'VALIDATION_FAILED'],
    ['two job descriptions', { jobDescription: JOB, tone: 'formal' }, true, 'VALIDATION_FAILED'],
    ['no resume file', { jobDescription: JOB }, false, 'FILE_REQUIRED'],
  ] as const)('answers 400 to a form with %s', async (name, fields, withFile, code) => {
    const { app } = await start();
    const body = await multipart(withFile ? [resumeFile()] : [], {
      ...fields,
      ...(name === 'two job descriptions' ? { jobDescription: [JOB, JOB] } : {}),
    });
    const res = await app.inject({ method: 'POST', url: '/api/v1/cover-letters', ...body });
    expectProblem(res, 400, code);
  });
});

describe('/ready and /metrics', () => {
  it('leaves the language model out of /ready when none is configured', async () => {
    const { app, premium } = await start();
    premium.breaker = 'disabled';
    const ready = (await app.inject('/ready')).json();
    expect(ready).toMatchObject({ status: 'ok' });
    expect(ready).not.toHaveProperty('llm');
    expect(ready.components).not.toHaveProperty('llm');
  });

  it('reports the provider and an open breaker as degraded, not down', async () => {
    const { app, premium } = await start();
    const closed = (await app.inject('/ready')).json();
    expect(closed.components.llm).toBe('ok');
    expect(closed.llm).toEqual({ provider: 'stand-in', model: 'stand-in-1', breaker: 'closed' });
    premium.breaker = 'open';
    const res = await app.inject('/ready');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'degraded',
      components: { llm: 'degraded', database: 'ok' },
      llm: { breaker: 'open' },
    });
  });

  it('counts premium results by kind and outcome', async () => {
    const { app, premium } = await start();
    const { id, ownerToken } = await createAnalysis(app);
    await postForm(app, `/api/v1/analyses/${id}/premium`, {}, { token: ownerToken });
    premium.degradedReason = 'no model configured';
    await postForm(app, '/api/v1/cover-letters', { jobDescription: JOB });
    const text = (await app.inject('/metrics')).body;
    expect(text).toContain('premium_results_total{kind="analysis",outcome="ok"} 1');
    expect(text).toContain('premium_results_total{kind="cover_letter",outcome="degraded"} 1');
    for (const name of [
      'llm_calls_total',
      'llm_call_duration_seconds',
      'llm_prompt_tokens_total',
    ]) {
      expect(text).toContain(`# TYPE ${name}`);
    }
  });

  it('documents both routes in OpenAPI', async () => {
    const { app } = await start();
    const paths = (await app.inject('/openapi.json')).json().paths;
    expect(paths['/api/v1/analyses/{id}/premium'].post.responses).toHaveProperty('403');
    expect(paths['/api/v1/cover-letters'].post.requestBody.content).toHaveProperty(
      'application/json',
    );
  });
});
