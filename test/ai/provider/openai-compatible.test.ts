import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createNoProvider,
  createOpenAiCompatibleProvider,
  LlmUnavailableError,
  LlmUpstreamError,
} from '../../../src/ai/provider/index.js';
import type { LlmRequest } from '../../../src/ai/ports.js';
import {
  reply,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
} from '../../helpers/fake-openai-server.js';

const SECRET = 'sk-test-SUPERSECRETKEY0123456789';
const schemaRequest: LlmRequest = {
  messages: [
    { role: 'system', content: 'You rewrite resume bullets.' },
    { role: 'user', content: 'Rewrite: did stuff' },
  ],
  jsonSchema: {
    name: 'rewrite',
    schema: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
  },
};

let server: FakeOpenAiServer;
beforeEach(async () => {
  server = await startFakeOpenAiServer();
});
afterEach(async () => {
  await server.close();
});

const makeProvider = (overrides: { apiKey?: string; maxTokens?: number } = {}) =>
  createOpenAiCompatibleProvider({
    baseUrl: server.baseUrl,
    model: 'fake-model',
    apiKey: SECRET,
    timeoutMs: 5_000,
    maxTokens: 500,
    ...overrides,
  });

describe('createOpenAiCompatibleProvider', () => {
  it('returns the content, the usage and the model, sending the schema as response_format', async () => {
    server.enqueue(
      reply.json({ text: 'Led a team' }, { usage: { prompt_tokens: 12, completion_tokens: 7 } }),
    );
    const response = await makeProvider().complete(schemaRequest);
    expect(JSON.parse(response.content)).toEqual({ text: 'Led a team' });
    expect(response.usage).toEqual({ promptTokens: 12, completionTokens: 7 });
    expect(response.model).toBe('fake-model');
    const [sent] = server.requests;
    expect(sent?.body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { ...schemaRequest.jsonSchema, strict: true },
    });
    expect(sent?.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it('caps max_tokens at the configured maximum', async () => {
    await makeProvider({ maxTokens: 300 }).complete({ ...schemaRequest, maxTokens: 10_000 });
    await makeProvider({ maxTokens: 300 }).complete({ ...schemaRequest, maxTokens: 120 });
    expect(server.requests.map((r) => r.body.max_tokens)).toEqual([300, 120]);
  });

  it('falls back to the schema in the system prompt when response_format is rejected, and remembers', async () => {
    server.rejectResponseFormat = true;
    const provider = makeProvider();
    server.enqueue(reply.json({ text: 'one' }), reply.json({ text: 'two' }));
    expect((await provider.complete(schemaRequest)).content).toBe('{"text":"one"}');
    expect((await provider.complete(schemaRequest)).content).toBe('{"text":"two"}');
    // One rejected attempt, then plain requests only: the provider learned.
    expect(server.requests.map((r) => r.hasResponseFormat)).toEqual([true, false, false]);
    const system = server.requests[1]?.messages[0];
    expect(system?.role).toBe('system');
    expect(system?.content).toContain('You rewrite resume bullets.');
    expect(system?.content).toContain('"required":["text"]');
  });

  it('switches to max_completion_tokens when the model asks for it', async () => {
    server.enqueue(
      reply.error(400, {
        error: {
          message:
            "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
          type: 'invalid_request_error',
          param: 'max_tokens',
          code: 'unsupported_parameter',
        },
      }),
    );
    await makeProvider().complete(schemaRequest);
    expect(server.requests[1]?.body).toMatchObject({ max_completion_tokens: 500 });
    expect(server.requests[1]?.body.max_tokens).toBeUndefined();
  });

  it('does not resend a request rejected for another reason', async () => {
    server.enqueue(
      reply.error(400, {
        error: {
          message: 'context_length_exceeded',
          type: 'invalid_request_error',
          param: 'messages',
          code: null,
        },
      }),
    );
    const error = await makeProvider()
      .complete(schemaRequest)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmUpstreamError);
    expect(error).toMatchObject({ code: 'LLM_REQUEST_REJECTED', status: 400 });
    expect(server.requests).toHaveLength(1);
  });

  it('never puts the API key in thrown errors, even when the server echoes it', async () => {
    server.enqueue(
      reply.error(401, {
        error: {
          message: `Incorrect API key provided: ${SECRET}. Header was Bearer ${SECRET}`,
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        },
      }),
    );
    const error = await makeProvider()
      .complete(schemaRequest)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'LLM_REQUEST_REJECTED', status: 401 });
    const serialised = [
      String(error),
      (error as Error).stack,
      JSON.stringify(error),
      String((error as Error).cause),
    ];
    for (const text of serialised) expect(text).not.toContain('SUPERSECRETKEY');
    expect(JSON.stringify(makeProvider())).not.toContain('SUPERSECRETKEY');
  });

  it('reports a refused connection as an upstream failure', async () => {
    await server.close();
    const error = await makeProvider()
      .complete(schemaRequest)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'LLM_UPSTREAM_FAILED' });
    server = await startFakeOpenAiServer();
  });

  it('works without an API key for local servers', async () => {
    server.enqueue(reply.text('plain answer'));
    const response = await makeProvider({ apiKey: undefined }).complete({
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(response.content).toBe('plain answer');
  });
});

describe('createNoProvider', () => {
  it('always fails with LlmUnavailableError', async () => {
    const provider = createNoProvider();
    expect(provider.name).toBe('none');
    await expect(provider.complete(schemaRequest)).rejects.toBeInstanceOf(LlmUnavailableError);
  });
});
