import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPremiumService } from '../../../src/ai/premium/service.js';
import { createOpenAiCompatibleProvider } from '../../../src/ai/provider/openai-compatible.js';
import {
  type FakeOpenAiServer,
  reply,
  startFakeOpenAiServer,
} from '../../helpers/fake-openai-server.js';
import { buildInput } from './resume-fixture.js';

describe('premium service through the OpenAI-compatible provider', () => {
  let server: FakeOpenAiServer;

  beforeEach(async () => {
    server = await startFakeOpenAiServer();
  });
  afterEach(async () => {
    await server.close();
  });

  function service() {
    const provider = createOpenAiCompatibleProvider({
      baseUrl: server.baseUrl,
      model: 'fake-model',
      timeoutMs: 2_000,
      maxTokens: 800,
    });
    return createPremiumService({ provider });
  }

  it('sends the fenced resume with a JSON schema and guards the answer', async () => {
    server.enqueue(
      reply.json({
        rewrites: [
          { id: 1, rewrite: 'Managed the payments API used by 40 merchants', reason: 'Verb' },
          { id: 2, rewrite: 'Led the billing migration for 3,000 customers', reason: 'Scale' },
        ],
        summary: null,
        advice: [{ priority: 1, text: 'Name Kubernetes only if you have used it.' }],
      }),
    );
    const result = await service().analyze(await buildInput({ withJob: true }));
    const request = server.requests[0];
    expect(request?.hasResponseFormat).toBe(true);
    expect(request?.messages[1]?.content).toMatch(/<resume>\n[\s\S]*Acme Corp[\s\S]*\n<\/resume>/);
    expect(result.degraded).toBe(false);
    expect(result.rewrites[0]?.rejected).toBeUndefined();
    expect(result.rewrites[1]?.rejected?.facts).toEqual(['number: 3,000']);
  });

  it('answers degraded provider-error after the server keeps failing', async () => {
    server.fallback = reply.serverError(500);
    const letter = await service().coverLetter(
      { ...(await buildInput({ withJob: true })), jobDescription: 'Backend Engineer\nPython' },
      { tone: 'concise', length: 'short' },
    );
    expect(letter).toMatchObject({ degraded: true, degradedReason: 'provider-error', model: null });
    expect(letter.text.startsWith('Dear Hiring Manager,')).toBe(true);
  });
});
