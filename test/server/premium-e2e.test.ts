/**
 * End to end: the app built from config alone (LLM_BASE_URL → the fake OpenAI-compatible server),
 * through the real provider stack and premium service, to the HTTP answer, /ready and /metrics.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type FakeOpenAiServer,
  reply,
  startFakeOpenAiServer,
} from '../helpers/fake-openai-server.js';
import { multipart, resumeFile, startTestApp, upload } from './helpers.js';

const API_KEY = 'sk-test-DO-NOT-LEAK';
const JOB = 'Senior Software Engineer. Requirements: Python, Kubernetes, AWS, 5+ years.';

let server: FakeOpenAiServer;
let app: FastifyInstance;

beforeEach(async () => {
  server = await startFakeOpenAiServer();
  ({ app } = await startTestApp({
    LLM_BASE_URL: server.baseUrl,
    LLM_MODEL: 'fake-model',
    LLM_API_KEY: API_KEY,
    LLM_TIMEOUT_MS: '5000',
  }));
});
afterEach(async () => {
  await app.close();
  await server.close();
});

async function requestPremium() {
  const created = await upload(app, [resumeFile()]);
  const { id, ownerToken } = created.json<{ id: string; ownerToken: string }>();
  const body = await multipart([resumeFile()], { jobDescription: JOB });
  return app.inject({
    method: 'POST',
    url: `/api/v1/analyses/${id}/premium`,
    payload: body.payload,
    headers: { ...body.headers, 'x-owner-token': ownerToken },
  });
}

describe('premium through the configured OpenAI-compatible model', () => {
  it('answers from the model and counts the call and its tokens', async () => {
    server.fallback = reply.json(
      { rewrites: [], summary: null, advice: [{ priority: 1, text: 'Lead with Python.' }] },
      { usage: { prompt_tokens: 120, completion_tokens: 30 } },
    );
    const res = await requestPremium();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      degraded: false,
      model: 'fake-model',
      advice: [{ priority: 1, text: 'Lead with Python.' }],
    });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.messages[1]?.content).toContain('<resume>');

    const ready = (await app.inject('/ready')).json();
    expect(ready.llm).toMatchObject({ model: 'fake-model', breaker: 'closed' });
    const metrics = (await app.inject('/metrics')).body;
    expect(metrics).toContain('llm_calls_total{outcome="ok"} 1');
    expect(metrics).toContain('llm_prompt_tokens_total 120');
    expect(metrics).toContain('llm_completion_tokens_total 30');
    expect(metrics).toContain('premium_results_total{kind="analysis",outcome="ok"} 1');
  });

  it('answers degraded (200, engine fallback) when the model keeps failing', async () => {
    server.fallback = reply.serverError(500);
    const res = await requestPremium();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      degraded: true,
      degradedReason: 'provider-error',
      model: null,
    });
    // First try and the allowed retries, then the engine's own suggestions.
    expect(server.requests.length).toBeGreaterThan(1);
    expect(res.body).not.toContain(API_KEY);
    const metrics = (await app.inject('/metrics')).body;
    expect(metrics).toMatch(/llm_calls_total\{outcome="LLM_UPSTREAM_FAILED"\} 1/);
    expect(metrics).toContain('premium_results_total{kind="analysis",outcome="degraded"} 1');
  });
});
